import type { Content } from 'pdfmake/interfaces';
import { UserError } from '../api/errors';
import { translate } from '../api/messages';
import type { AuthedCtx } from '../api/types';
import { office } from '../db/schema';
import { localDigits, printedDate, renderPdf, reportFrame, type ReportLanguage } from '../reports/pdf';

/** The words, digits and dates of one community document in its language. */
export function documentWords(language: ReportLanguage) {
  return {
    say: (key: string, values: Record<string, string | number> = {}) =>
      translate(
        language,
        `community.pdf.${key}`,
        Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? localDigits(String(v), language) : v])),
      ),
    word: (key: string) => translate(language, `community.${key}`),
    n: (value: number) => localDigits(String(value), language),
    date: (iso: string | null) => (iso ? printedDate(iso, language) : '—'),
  };
}

/** Renders a community document in the office's report frame and returns it as a file for the screen to save. */
export async function communityPdf(
  ctx: AuthedCtx,
  input: {
    language: ReportLanguage;
    title: string;
    subtitle: string;
    fileName: string;
    content: Content;
    landscape?: boolean;
    footerNote?: string;
  },
) {
  const officeRow = ctx.db.select().from(office).get();
  if (!officeRow) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  const pdf = await renderPdf(
    reportFrame({
      language: input.language,
      office: officeRow,
      title: input.title,
      subtitle: input.subtitle,
      date: ctx.today,
      pageOrientation: input.landscape ? 'landscape' : 'portrait',
      ...(input.footerNote ? { footerNote: input.footerNote } : {}),
      content: input.content,
    }),
  );
  return { fileName: input.fileName, contentBase64: pdf.toString('base64') };
}
