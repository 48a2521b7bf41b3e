import { z } from 'zod';
import { UserError, type MessageKey } from '../api/errors';
import { id, isoDate, optionalText } from '../api/fields';
import type { StoredAttachment } from '../cases/attachments';
import { accountCodes, fundings, paymentModes, recipientMarks } from '../db/schema';
import { disbursementRefusal, type AccountCode, type Citizenship } from '../shared/fcra';
import { refuseCashBelowZero } from './cashBalance';
import { amountPaise, month } from './fields';
import { debitCredit, writePosting, type Funding, type LedgerWrite } from './ledger';
import { checkedUpload } from '../cases/attachments';
import { removeStagedProofs, stageProof } from './proofs';
import { nextVoucherNumber } from './receiptNumbers';

export const disbursementItem = z.object({
  sponsoredChildId: id,
  amountPaise,
  account: z.enum(accountCodes, 'errors.sponsorship.account'),
  mode: z.enum(paymentModes, 'errors.sponsorship.mode'),
  reference: optionalText(100),
  recipientName: optionalText(),
  recipientMark: z
    .enum(recipientMarks, 'errors.sponsorship.recipientMark')
    .nullish()
    .transform((v) => v ?? null),
  inKindDescription: optionalText(500),
  /** Omitted: the sponsor's money when the child has an active sponsorship, else the pooled fund. */
  funding: z
    .enum(fundings, 'errors.sponsorship.funding')
    .nullish()
    .transform((v) => v ?? null),
  sponsorshipId: id.nullish().transform((v) => v ?? null),
  proof: z.object({ fileName: z.string().trim().min(1).max(255), contentBase64: z.string().min(1) }).nullish(),
});

export const disbursementBatch = z.object({
  month,
  valueDate: isoDate,
  items: z.array(disbursementItem).min(1, 'errors.sponsorship.emptyBatch').max(5000, 'errors.sponsorship.batchTooLarge'),
});

export type DisbursementBatch = z.output<typeof disbursementBatch>;

interface FamilyFacts {
  id: number;
  childCode: string;
  guardianName: string;
  status: string;
}

interface SponsorshipFacts {
  id: number;
  sponsoredChildId: number;
  sponsorId: number;
  status: string;
  citizenship: Citizenship;
}

interface Planned {
  item: DisbursementBatch['items'][number];
  family: FamilyFacts;
  funding: Funding;
  sponsorship: SponsorshipFacts | null;
  recipientName: string | null;
  proofBytes: Buffer | null;
}

/**
 * Checks every line of a batch before anything is written, so a bad line refuses the whole batch and no
 * voucher number is used up; every bad line is named at once (its first problem), with its field.
 */
function plan(w: LedgerWrite, batch: DisbursementBatch): Planned[] {
  const sqlite = w.sqlite;
  const familyOf = sqlite.prepare(
    `SELECT sc.id, c.child_code AS childCode, sc.guardian_name AS guardianName, sc.status
     FROM sponsored_children sc JOIN children c ON c.id = sc.child_id WHERE sc.id = ?`,
  );
  const paidFor = sqlite.prepare(
    `SELECT p.voucher_no AS voucherNo FROM postings p WHERE p.kind = 'disbursement' AND p.sponsored_child_id = ? AND p.for_month = ?
       AND NOT EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)`,
  );
  const sponsorshipsOf = sqlite.prepare(
    `SELECT s.id, s.sponsored_child_id AS sponsoredChildId, s.sponsor_id AS sponsorId, s.status, sp.citizenship
     FROM sponsorships s JOIN sponsors sp ON sp.id = s.sponsor_id WHERE s.sponsored_child_id = ? ORDER BY s.id`,
  );
  const seen = new Set<number>();
  const planned: Planned[] = [];
  const refusals: UserError[] = [];
  batch.items.forEach((item, i) => {
    try {
      planned.push(planLine(item, i));
    } catch (err) {
      if (!(err instanceof UserError) || !err.where.field) throw err;
      refusals.push(err);
    }
  });
  const refused = UserError.allOf(refusals);
  if (refused) throw refused;
  return planned;

  function planLine(item: DisbursementBatch['items'][number], i: number): Planned {
    const at = (key: MessageKey, field: string, values: Record<string, string | number> = {}) =>
      new UserError('invalid_input', key, { line: i + 1, ...values }, { field: `items.${i}.${field}`, row: i + 1 });
    const family = familyOf.get(item.sponsoredChildId) as FamilyFacts | undefined;
    if (!family) throw at('errors.sponsorship.lineChildMissing', 'sponsoredChildId');
    const childCode = family.childCode;
    if (seen.has(family.id)) throw at('errors.sponsorship.lineDuplicate', 'sponsoredChildId', { childCode });
    seen.add(family.id);
    if (family.status === 'left') throw at('errors.sponsorship.lineChildLeft', 'sponsoredChildId', { childCode });
    const earlier = paidFor.get(family.id, batch.month) as { voucherNo: string } | undefined;
    if (earlier)
      throw at('errors.sponsorship.alreadyPaid', 'sponsoredChildId', { childCode, month: batch.month, voucherNo: earlier.voucherNo });

    const ships = sponsorshipsOf.all(family.id) as SponsorshipFacts[];
    const active = ships.filter((s) => s.status === 'active');
    let sponsorship: SponsorshipFacts | null = null;
    if (item.sponsorshipId !== null) {
      sponsorship = ships.find((s) => s.id === item.sponsorshipId) ?? null;
      if (!sponsorship) throw at('errors.sponsorship.lineSponsorshipOther', 'sponsorshipId', { childCode });
    }
    const funding: Funding = item.funding ?? ((sponsorship ?? active[0]) ? 'sponsor' : 'pooled');
    if (funding === 'sponsor') {
      sponsorship ??= active[0] ?? null;
      if (!sponsorship || sponsorship.status !== 'active') throw at('errors.sponsorship.lineNoActiveSponsorship', 'funding', { childCode });
    } else {
      sponsorship = null;
    }

    if (item.mode === 'cash' && !item.recipientMark) throw at('errors.sponsorship.lineRecipientMark', 'recipientMark', { childCode });
    if (item.mode === 'in_kind' && !item.inKindDescription)
      throw at('errors.sponsorship.lineInKindDescription', 'inKindDescription', { childCode });
    if ((item.mode === 'bank_transfer' || item.mode === 'cheque' || item.mode === 'upi') && !item.reference)
      throw at('errors.sponsorship.lineReference', 'reference', { childCode });
    const refusal = disbursementRefusal({
      account: item.account,
      mode: item.mode,
      funding,
      sponsorCitizenship: sponsorship?.citizenship ?? null,
    });
    if (refusal) throw at(refusal.key, refusal.field, { childCode });
    const proofBytes = item.proof ? checkedUpload(item.proof, `items.${i}.proof`) : null;
    return {
      item,
      family,
      funding,
      sponsorship,
      recipientName: item.mode === 'cash' ? (item.recipientName ?? family.guardianName) : null,
      proofBytes,
    };
  }
}

/**
 * One posting per family (Dr support to families / Cr the account paid from), each with the next payment
 * voucher number, all inside the caller's transaction: a failure anywhere leaves nothing behind, not
 * even a proof file. Proofs are staged; the caller moves them in once the transaction committed.
 */
export function writeDisbursements(
  w: LedgerWrite,
  batch: DisbursementBatch,
  who: { userId: number; at: string; dataDir: string },
): { written: { id: number; voucherNo: string; sponsoredChildId: number }[]; proofs: StoredAttachment[] } {
  const planned = plan(w, batch);
  const outgoing = new Map<AccountCode, number>();
  for (const p of planned) outgoing.set(p.item.account, (outgoing.get(p.item.account) ?? 0) + p.item.amountPaise);
  refuseCashBelowZero(w.sqlite, batch.valueDate, outgoing, 'items');
  const stored: StoredAttachment[] = [];
  try {
    const written = planned.map((p) => {
      const proof = p.proofBytes && p.item.proof ? stageProof(who.dataDir, p.item.proof.fileName, p.proofBytes) : null;
      if (proof) stored.push(proof);
      const tags = {
        sponsoredChildId: p.family.id,
        sponsorshipId: p.sponsorship?.id ?? null,
        sponsorId: p.sponsorship?.sponsorId ?? null,
        funding: p.funding,
      };
      const voucherNo = nextVoucherNumber(w, batch.valueDate);
      const id = writePosting(w, {
        kind: 'disbursement',
        valueDate: batch.valueDate,
        forMonth: batch.month,
        voucherNo,
        ...tags,
        mode: p.item.mode,
        reference: p.item.reference,
        recipientName: p.recipientName,
        recipientMark: p.item.mode === 'cash' ? p.item.recipientMark : null,
        inKindDescription: p.item.mode === 'in_kind' ? p.item.inKindDescription : null,
        attachment: proof ? JSON.stringify(proof) : null,
        createdBy: who.userId,
        createdAt: who.at,
        lines: debitCredit(p.item.amountPaise, { account: 'support_to_families', ...tags }, { account: p.item.account, ...tags }),
      });
      return { id, voucherNo, sponsoredChildId: p.family.id };
    });
    const first = written[0];
    const last = written[written.length - 1];
    w.audit({
      action: 'ledger.disburse',
      entity: 'postings',
      entityId: first?.id,
      summary: `${written.length} families paid for ${batch.month}: ${first?.voucherNo ?? ''}${written.length > 1 ? ` – ${last?.voucherNo ?? ''}` : ''}`,
      facts: {
        count: written.length,
        month: batch.month,
        ref: `${first?.voucherNo ?? ''}${written.length > 1 ? ` – ${last?.voucherNo ?? ''}` : ''}`,
        refKind: 'voucher',
      },
    });
    return { written, proofs: stored };
  } catch (err) {
    removeStagedProofs(who.dataDir, stored);
    throw err;
  }
}
