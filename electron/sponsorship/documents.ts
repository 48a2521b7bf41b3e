import { z } from 'zod';
import { office } from '../db/schema';
import { UserError } from '../api/errors';
import { translate } from '../api/messages';
import type { AuditEntry, AuthedCtx } from '../api/types';

// What every document and file of the sponsorship programme shares: the office on its letterhead,
// the reader's language and name on it, and the audit entry written as it leaves the office.

export const language = z.enum(['en', 'bn']).default('en');

/** '2026-27': April 2026 to March 2027. */
export const financialYear = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'errors.sponsorship.financialYear')
  .refine((fy) => (Number(fy.slice(0, 4)) + 1) % 100 === Number(fy.slice(5)), 'errors.sponsorship.financialYear');

export function officeDetails(ctx: AuthedCtx) {
  const row = ctx.db.select().from(office).get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  return row;
}

/** The user's language for files they download, the date and their name for the title row. */
export function stamp(ctx: AuthedCtx) {
  const lang = ctx.session.language;
  return {
    label: (key: string, values?: Record<string, string>) => translate(lang, key, values),
    printed: `${ctx.today.split('-').reverse().join('/')} · ${ctx.session.fullName}`,
  };
}

/** Documents and files leave the office: each is written to the audit log as it is made. */
export function audited<T>(ctx: AuthedCtx, entry: AuditEntry, file: T): T {
  ctx.write((w) => w.audit(entry));
  return file;
}

export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
