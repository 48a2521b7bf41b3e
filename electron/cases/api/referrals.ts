import { linkReferralStakeholder } from '../../community/referralLink';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireCaseAccess } from '../access';
import { recordingStored } from '../attachments';
import { addCaseEntry } from '../caseEntry';
import {
  checkedConsent,
  consentColumns,
  consentInput,
  consentSummary,
  requireConsent,
  storeConsentForm,
  type CheckedConsent,
  type ConsentInput,
} from '../consent';
import { referralLetterPdf } from '../referralLetter';
import { caseChildren, caseEntries, caseReferrals, caseTypeLinks, children, office } from '../../db/schema';
import { authorities, referralStatuses } from '../../shared/caseVocabulary';
import { ageOn } from '../../register/age';
import { translate } from '../../api/messages';
import { UserError } from '../../api/errors';
import { id, isoDate, optionalText, requiredText } from '../../api/fields';
import { method, type ApiArea, type AuthedCtx, type WriteScope } from '../../api/types';

/**
 * Writes a referral's consent with its case entry: the signed form is stored first and removed again if the
 * database refuses; the entry (its text may quote the consent), its columns and `write` are one transaction.
 */
function writingWithConsent<T>(
  ctx: AuthedCtx,
  caseId: number,
  given: ConsentInput | undefined,
  entry: Pick<typeof caseEntries.$inferInsert, 'happenedOn' | 'kind'> & { text: (consent: CheckedConsent) => string },
  write: (w: WriteScope, consent: CheckedConsent, consentCols: ReturnType<typeof consentColumns>, at: string) => T,
): T {
  const consent = checkedConsent(given);
  const dataDir = ctx.host.options.dataDir;
  const stored = storeConsentForm(dataDir, caseId, consent);
  return recordingStored(dataDir, stored, () =>
    ctx.write((w) => {
      const at = ctx.now.toISOString();
      const entryId = addCaseEntry(w, ctx, { caseId, happenedOn: entry.happenedOn, kind: entry.kind, text: entry.text(consent) });
      return write(w, consent, consentColumns(w, consent, stored, { caseId, entryId, at }), at);
    }),
  );
}

/** Referring a child to an official body, and following the referral until it is closed. */
export const referralsApi = {
  'cases.refer': method({
    input: z.object({
      caseId: id,
      authority: z.enum(authorities, 'errors.authority'),
      authorityName: requiredText(200),
      contact: optionalText(300),
      referredOn: isoDate,
      reason: requiredText(2000),
      consent: consentInput.optional(),
      /** The official referred to, when they are in the stakeholders' register (community work counts them). */
      stakeholderId: id.optional(),
    }),
    permission: 'cases.write',
    handler: (ctx, { stakeholderId, ...input }) => {
      const row = requireCaseAccess(ctx, input.caseId);
      if (input.referredOn < row.reportedOn)
        throw new UserError('invalid_input', 'errors.referredBeforeReport', {}, { field: 'referredOn' });
      if (input.referredOn > ctx.today) throw new UserError('invalid_input', 'errors.dateFuture', {}, { field: 'referredOn' });
      const entry = { happenedOn: input.referredOn, kind: 'referral', text: () => `${input.authorityName}: ${input.reason}` } as const;
      return writingWithConsent(ctx, row.id, input.consent, entry, (w, consent, consentCols, at) => {
        const { consent: _given, ...fields } = input;
        const referral = w.db
          .insert(caseReferrals)
          .values({ ...fields, ...consentCols, status: 'sent', createdBy: ctx.session.userId, createdAt: at, updatedAt: at })
          .returning()
          .get();
        if (stakeholderId !== undefined) linkReferralStakeholder(w, referral.id, stakeholderId);
        w.audit({
          action: 'cases.refer',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber} → ${input.authority} (${input.authorityName}); ${consentSummary(consent)}`,
          facts: { ref: row.caseNumber, authority: input.authority, authorityName: input.authorityName },
        });
        return referral;
      });
    },
  }),

  /** Consent recorded afterwards, for a referral made before the app asked for it. */
  'cases.recordConsent': method({
    input: z.object({ referralId: id, consent: consentInput.optional() }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const referral = ctx.db.select().from(caseReferrals).where(eq(caseReferrals.id, input.referralId)).get();
      if (!referral) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const row = requireCaseAccess(ctx, referral.caseId);
      const entry = {
        happenedOn: ctx.today,
        kind: 'document',
        text: (consent: CheckedConsent) => `${referral.authorityName}: ${consentSummary(consent)}`,
      } as const;
      return writingWithConsent(ctx, row.id, input.consent, entry, (w, consent, consentCols, at) => {
        const updated = w.db
          .update(caseReferrals)
          .set({ ...consentCols, updatedAt: at })
          .where(eq(caseReferrals.id, referral.id))
          .returning()
          .get();
        w.audit({
          action: 'cases.recordConsent',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber} → ${referral.authorityName}: ${consentSummary(consent)}`,
          facts: consent.waiver
            ? { ref: row.caseNumber, authorityName: referral.authorityName, waiver: consent.waiver, variant: 'waived' }
            : {
                ref: row.caseNumber,
                authorityName: referral.authorityName,
                consentFrom: consent.from ?? '',
                consentMethod: consent.method ?? '',
              },
        });
        return updated;
      });
    },
  }),

  'cases.updateReferral': method({
    input: z.object({ id, status: z.enum(referralStatuses) }),
    permission: 'cases.write',
    handler: (ctx, input) => {
      const referral = ctx.db.select().from(caseReferrals).where(eq(caseReferrals.id, input.id)).get();
      if (!referral) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const row = requireCaseAccess(ctx, referral.caseId);
      return ctx.write((w) => {
        const updated = w.db
          .update(caseReferrals)
          .set({ status: input.status, updatedAt: ctx.now.toISOString() })
          .where(eq(caseReferrals.id, input.id))
          .returning()
          .get();
        w.audit({
          action: 'cases.updateReferral',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber}: ${referral.authorityName} ${referral.status} → ${input.status}`,
          facts: { ref: row.caseNumber, authorityName: referral.authorityName, referralStatus: input.status },
        });
        return updated;
      });
    },
  }),

  'cases.referralLetter': method({
    input: z.object({ referralId: id, language: z.enum(['en', 'bn']), includeChildName: z.boolean().default(false) }),
    permission: 'cases.write',
    handler: async (ctx, input) => {
      const referral = ctx.db.select().from(caseReferrals).where(eq(caseReferrals.id, input.referralId)).get();
      if (!referral) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const row = requireCaseAccess(ctx, referral.caseId);
      requireConsent(referral);
      const officeRow = ctx.db.select().from(office).get();
      if (!officeRow) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const types = ctx.db.select({ type: caseTypeLinks.type }).from(caseTypeLinks).where(eq(caseTypeLinks.caseId, row.id)).all();
      const kids = ctx.db
        .select({ child: children })
        .from(caseChildren)
        .innerJoin(children, eq(caseChildren.childId, children.id))
        .where(eq(caseChildren.caseId, row.id))
        .all()
        .map(({ child }) => ({
          childCode: child.childCode,
          name: (input.language === 'bn' ? (child.nameBn ?? child.nameEn) : (child.nameEn ?? child.nameBn)) ?? '',
          sex: child.sex,
          age: ageOn(child, referral.referredOn),
          place: [child.village ?? row.village, child.gramPanchayat ?? row.gramPanchayat].filter(Boolean).join(', '),
        }));
      const pdf = await referralLetterPdf({
        language: input.language,
        office: officeRow,
        caseNumber: row.caseNumber,
        types: types.map((t) => translate(input.language, `cases.types.${t.type}`)),
        referral,
        children: kids,
        includeChildName: input.includeChildName,
        signatory: {
          name: ctx.session.fullName,
          designation: translate(input.language, `common.roles.${ctx.session.role}`),
          signedOn: ctx.today,
        },
      });
      ctx.write((w) =>
        w.audit({
          action: 'cases.referralLetter',
          entity: 'cases',
          entityId: row.id,
          summary: `${row.caseNumber} → ${referral.authorityName} (${input.language}${input.includeChildName ? ', with the child’s name' : ', child codes only'})`,
          facts: {
            ref: row.caseNumber,
            authorityName: referral.authorityName,
            language: input.language,
            withNames: input.includeChildName,
          },
        }),
      );
      const authority = referral.authority;
      return {
        fileName: `referral-${row.caseNumber.replace(/\//g, '-')}-${authority}-${input.language}.pdf`,
        contentBase64: pdf.toString('base64'),
      };
    },
  }),
} satisfies ApiArea;
