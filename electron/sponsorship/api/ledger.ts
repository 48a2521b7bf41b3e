import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accountCodes, paymentModes, postingLines, postings, sponsors, sponsorships } from '../../db/schema';
import { refuseCashBelowZero } from '../cashBalance';
import { raiseDues } from '../dues';
import { ensureDuesRaised } from '../duesOnRead';
import { payBatch } from '../batchPayment';
import { disbursementBatch } from '../disbursements';
import { eligibleFor80g, expenseRefusal, receiptRefusal, transferRefusal, type Refusal } from '../../shared/fcra';
import { amountPaise, notFound, notInFuture } from '../fields';
import { debitCredit, reversalLines, trialBalance, writePosting } from '../ledger';
import { monthOf } from '../../shared/periods';
import { nextReceiptNumber, nextVoucherNumber } from '../receiptNumbers';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';

function refused(refusal: Refusal | null, values: Record<string, string | number> = {}): void {
  if (refusal) throw new UserError('refused', refusal.key, { ...refusal.values, ...values }, { field: refusal.field });
}

const needsReference = (mode: (typeof paymentModes)[number]) => mode === 'cheque' || mode === 'bank_transfer' || mode === 'upi';

export const ledgerApi = {
  /** Money from a sponsor: Dr the account it reached / Cr the sponsor's receivable, with the next receipt number. */
  'ledger.receive': method({
    input: z.object({
      sponsorId: id,
      sponsorshipId: id.nullish(),
      valueDate: isoDate,
      amountPaise,
      mode: z.enum(paymentModes, 'errors.sponsorship.mode'),
      reference: optionalText(100),
      account: z.enum(accountCodes, 'errors.sponsorship.account'),
      inKindDescription: optionalText(500),
    }),
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      notInFuture(input.valueDate, ctx.today, 'valueDate');
      const sponsor = ctx.db.select().from(sponsors).where(eq(sponsors.id, input.sponsorId)).get();
      if (!sponsor) throw new UserError('invalid_input', 'errors.sponsorship.sponsorNotFound', {}, { field: 'sponsorId' });
      if (input.sponsorshipId) {
        const ship = ctx.db.select().from(sponsorships).where(eq(sponsorships.id, input.sponsorshipId)).get();
        if (!ship || ship.sponsorId !== sponsor.id)
          throw new UserError('invalid_input', 'errors.sponsorship.sponsorshipOtherSponsor', {}, { field: 'sponsorshipId' });
      }
      refused(receiptRefusal(sponsor.citizenship, input.account, input.mode), { name: sponsor.name });
      if (needsReference(input.mode) && !input.reference)
        throw new UserError('invalid_input', 'errors.sponsorship.reference', {}, { field: 'reference' });
      if (input.mode === 'in_kind' && !input.inKindDescription)
        throw new UserError('invalid_input', 'errors.sponsorship.inKindDescription', {}, { field: 'inKindDescription' });
      const eligible80g = eligibleFor80g({ ...sponsor, mode: input.mode, amountPaise: input.amountPaise });
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        const receiptNo = nextReceiptNumber(w, input.valueDate);
        const tags = { sponsorId: sponsor.id, sponsorshipId: input.sponsorshipId ?? null };
        const postingId = writePosting(w, {
          kind: 'receipt',
          valueDate: input.valueDate,
          receiptNo,
          ...tags,
          mode: input.mode,
          reference: input.reference,
          eligible80g,
          inKindDescription: input.mode === 'in_kind' ? input.inKindDescription : null,
          createdBy: ctx.session.userId,
          createdAt: at,
          lines: debitCredit(input.amountPaise, { account: input.account, ...tags }, { account: 'sponsor_receivable', ...tags }),
        });
        w.audit({
          action: 'ledger.receive',
          entity: 'postings',
          entityId: postingId,
          summary: `${receiptNo}: ${sponsor.code}, ${input.amountPaise} paise, ${input.mode} into ${input.account}`,
          facts: {
            ref: receiptNo,
            refKind: 'receipt',
            amountPaise: input.amountPaise,
            mode: input.mode,
            account: input.account,
            sponsor: `${sponsor.name} (${sponsor.code})`,
          },
        });
        return { postingId, receiptNo, eligible80g };
      });
    },
  }),

  /** The month's support to families, one posting each, all or nothing, written off the host's thread (batchPayment.ts). */
  'ledger.disburse': method({
    input: disbursementBatch,
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      notInFuture(input.valueDate, ctx.today, 'valueDate');
      if (input.month > monthOf(ctx.today)) throw new UserError('invalid_input', 'errors.sponsorship.monthFuture', {}, { field: 'month' });
      return payBatch(ctx, input);
    },
  }),

  /** A correction: a new posting with every line negated, naming the one it reverses; a posting is reversed once. */
  'ledger.reverse': method({
    input: z.object({ postingId: id, reason: requiredText(500, 'sponsorship.reverse.reasonRequired') }),
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        const original = w.db.select().from(postings).where(eq(postings.id, input.postingId)).get();
        if (!original) throw notFound('posting');
        const label = original.receiptNo ?? original.voucherNo ?? `#${original.id}`;
        if (original.kind === 'reversal')
          throw new UserError('conflict', 'errors.sponsorship.reverseReversal', { label }, { field: 'postingId' }, 409);
        const already = w.db.select({ id: postings.id }).from(postings).where(eq(postings.reversesId, original.id)).get();
        if (already) throw new UserError('conflict', 'errors.sponsorship.alreadyReversed', { label }, { field: 'postingId' }, 409);
        const lines = w.db.select().from(postingLines).where(eq(postingLines.postingId, original.id)).all();
        const postingId = writePosting(w, {
          kind: 'reversal',
          valueDate: ctx.today,
          forMonth: original.forMonth,
          sponsorId: original.sponsorId,
          sponsorshipId: original.sponsorshipId,
          sponsoredChildId: original.sponsoredChildId,
          mode: original.mode,
          funding: original.funding,
          // A reversed receipt gets no new receipt number: the reversal names the one it cancels.
          reference: label,
          reversesId: original.id,
          reason: input.reason,
          createdBy: ctx.session.userId,
          createdAt: at,
          lines: reversalLines(
            lines.map((l) => ({
              account: l.accountCode,
              amountPaise: l.amountPaise,
              sponsorId: l.sponsorId,
              sponsorshipId: l.sponsorshipId,
              sponsoredChildId: l.sponsoredChildId,
              funding: l.funding,
            })),
          ),
        });
        w.audit({
          action: 'ledger.reverse',
          entity: 'postings',
          entityId: postingId,
          summary: `reverses ${label}: ${input.reason}`,
          facts: { ref: label, refKind: original.receiptNo ? 'receipt' : 'voucher', reason: input.reason },
        });
        return { postingId, reverses: label };
      });
    },
  }),

  /** Between money accounts (a cash deposit, FCRA receipt → utilisation); never across the FCRA line. */
  'ledger.transfer': method({
    input: z.object({
      from: z.enum(accountCodes, 'errors.sponsorship.account'),
      to: z.enum(accountCodes, 'errors.sponsorship.account'),
      amountPaise,
      valueDate: isoDate,
      reference: optionalText(100),
      note: optionalText(500),
    }),
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      notInFuture(input.valueDate, ctx.today, 'valueDate');
      refused(transferRefusal(input.from, input.to));
      return ctx.write((w) => {
        refuseCashBelowZero(w.sqlite, input.valueDate, new Map([[input.from, input.amountPaise]]), 'from');
        const postingId = writePosting(w, {
          kind: 'transfer',
          valueDate: input.valueDate,
          reference: input.reference,
          reason: input.note,
          createdBy: ctx.session.userId,
          createdAt: ctx.now.toISOString(),
          lines: debitCredit(input.amountPaise, { account: input.to }, { account: input.from }),
        });
        w.audit({
          action: 'ledger.transfer',
          entity: 'postings',
          entityId: postingId,
          summary: `${input.amountPaise} paise ${input.from} → ${input.to}`,
          facts: { amountPaise: input.amountPaise, fromAccount: input.from, toAccount: input.to, valueOn: input.valueDate },
        });
        return { postingId };
      });
    },
  }),

  /** Administration costs (Dr administration / Cr the account paid from), with a payment voucher: feeds FC-4's 20% cap. */
  'ledger.expense': method({
    input: z.object({
      account: z.enum(accountCodes, 'errors.sponsorship.account'),
      amountPaise,
      valueDate: isoDate,
      mode: z.enum(paymentModes, 'errors.sponsorship.mode'),
      reference: optionalText(100),
      description: requiredText(500),
    }),
    permission: 'sponsorship.write',
    handler: (ctx, input) => {
      notInFuture(input.valueDate, ctx.today, 'valueDate');
      refused(expenseRefusal(input.account));
      if (input.mode === 'in_kind') throw new UserError('invalid_input', 'errors.sponsorship.expenseInKind', {}, { field: 'mode' });
      if ((input.account === 'office_cash') !== (input.mode === 'cash'))
        throw new UserError('invalid_input', 'errors.sponsorship.officeCashMode', {}, { field: 'mode' });
      if (needsReference(input.mode) && !input.reference)
        throw new UserError('invalid_input', 'errors.sponsorship.reference', {}, { field: 'reference' });
      return ctx.write((w) => {
        refuseCashBelowZero(w.sqlite, input.valueDate, new Map([[input.account, input.amountPaise]]), 'account');
        const voucherNo = nextVoucherNumber(w, input.valueDate);
        const postingId = writePosting(w, {
          kind: 'expense',
          valueDate: input.valueDate,
          voucherNo,
          mode: input.mode,
          reference: input.reference,
          reason: input.description,
          createdBy: ctx.session.userId,
          createdAt: ctx.now.toISOString(),
          lines: debitCredit(input.amountPaise, { account: 'administration' }, { account: input.account }),
        });
        w.audit({
          action: 'ledger.expense',
          entity: 'postings',
          entityId: postingId,
          summary: `${voucherNo}: ${input.description}`,
          facts: {
            ref: voucherNo,
            refKind: 'voucher',
            amountPaise: input.amountPaise,
            account: input.account,
            description: input.description,
          },
        });
        return { postingId, voucherNo };
      });
    },
  }),

  'ledger.raiseDues': method({
    input: z.object({}),
    permission: 'sponsorship.write',
    handler: (ctx) => {
      const upTo = monthOf(ctx.today);
      const raised = ctx.write((w) => raiseDues(w, { upTo, createdBy: ctx.session.userId, createdAt: ctx.now.toISOString() }));
      return { raised, upTo };
    },
  }),

  'ledger.trialBalance': method({
    input: z.object({ asOf: isoDate.optional() }),
    permission: 'sponsorship.read',
    handler: (ctx, input) => {
      ensureDuesRaised(ctx);
      return trialBalance(ctx.sqlite, input.asOf ?? null);
    },
  }),
} satisfies ApiArea;
