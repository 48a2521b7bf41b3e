import { z } from 'zod';
import { UserError, type MessageKey } from '../api/errors';
import { optionalText } from '../api/fields';
import type { WriteScope } from '../api/types';
import { caseAttachments, caseReferrals } from '../db/schema';
import { consentFrom, consentMethods, consentWaivers } from '../shared/caseVocabulary';
import { storeAttachment, type StoredAttachment } from './attachments';

/**
 * Consent before a referral or a disclosure (as Primero asks): whose consent was taken (the child's,
 * by age and understanding; the guardian's), how (a signed form, attached; spoken before a witness),
 * or why none was needed (an emergency; a police or CWC order, with what happened or its number).
 */
export const consentInput = z.object({
  from: z.enum(consentFrom, 'errors.access.consentRequired').nullish(),
  method: z.enum(consentMethods, 'errors.access.consentHow').nullish(),
  witness: optionalText(200),
  form: z.object({ fileName: z.string().trim().min(1).max(255), contentBase64: z.string().min(1, 'errors.required') }).nullish(),
  waiver: z.enum(consentWaivers, 'errors.access.consentRequired').nullish(),
  note: optionalText(500),
});
export type ConsentInput = z.output<typeof consentInput>;

const problem = (key: MessageKey, field: string) => new UserError('consent_missing', key, {}, { field: `consent.${field}` });

/** The consent as it will be kept, or the first thing missing from it, named at its field. */
export function checkedConsent(consent: ConsentInput | undefined) {
  if (!consent) throw problem('errors.access.consentRequired', 'from');
  if (consent.waiver) {
    if (!consent.note) throw problem('errors.required', 'note');
    return { from: null, method: null, witness: null, form: null, waiver: consent.waiver, note: consent.note };
  }
  if (!consent.from) throw problem('errors.access.consentRequired', 'from');
  if (!consent.method) throw problem('errors.access.consentHow', 'method');
  if (consent.method === 'signed_form' && !consent.form) throw problem('errors.access.consentForm', 'form');
  if (consent.method === 'verbal_witnessed' && !consent.witness) throw problem('errors.access.consentWitness', 'witness');
  return {
    from: consent.from,
    method: consent.method,
    witness: consent.method === 'verbal_witnessed' ? consent.witness : null,
    form: consent.method === 'signed_form' ? (consent.form ?? null) : null,
    waiver: null,
    note: consent.note,
  };
}
export type CheckedConsent = ReturnType<typeof checkedConsent>;

/** Writes the signed form (before the transaction; removed again if it fails) — the file is checked like any case document. */
export function storeConsentForm(dataDir: string, caseId: number, consent: CheckedConsent): StoredAttachment | null {
  return consent.form ? storeAttachment(dataDir, caseId, consent.form) : null;
}

/** The referral's consent columns, with the form recorded among the case's files under `entryId`. */
export function consentColumns(
  w: WriteScope,
  consent: CheckedConsent,
  stored: StoredAttachment | null,
  where: { caseId: number; entryId: number; at: string },
): Partial<typeof caseReferrals.$inferInsert> {
  const attachment = stored
    ? w.db
        .insert(caseAttachments)
        .values({ ...stored, caseId: where.caseId, entryId: where.entryId, createdAt: where.at })
        .returning({ id: caseAttachments.id })
        .get()
    : null;
  return {
    consentFrom: consent.from,
    consentMethod: consent.method,
    consentWitness: consent.witness,
    consentAttachmentId: attachment?.id ?? null,
    consentWaiver: consent.waiver,
    consentNote: consent.note,
    consentRecordedAt: where.at,
  };
}

/** A referral letter names the child to an outside body: it is made only once consent (or its waiver) is recorded. */
export function requireConsent(referral: typeof caseReferrals.$inferSelect): void {
  if (!referral.consentFrom && !referral.consentWaiver) {
    throw new UserError('consent_missing', 'errors.access.letterNeedsConsent', {}, {}, 409);
  }
}

/** In the audit log: whose consent and how, in codes. */
export function consentSummary(consent: CheckedConsent): string {
  return consent.waiver ? `no consent needed: ${consent.waiver}` : `consent of ${consent.from ?? ''} (${consent.method ?? ''})`;
}
