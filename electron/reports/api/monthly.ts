import { z } from 'zod';
import { UserError } from '../../api/errors';
import type { AuthedCtx } from '../../api/types';
import { method, type ApiArea } from '../../api/types';
import { office } from '../../db/schema';
import { monthPattern } from '../../shared/periods';
import { annexChildren } from '../monthly/annex';
import { closedMonths, closedVersion, closeMonth } from '../monthly/closing';
import { monthlyFigures } from '../monthly/figures';
import { escalationList, saveNotes } from '../monthly/notes';
import { monthlyReportPdf } from '../monthly/pdf';
import { saveSectionSettings, sectionSettings, sectionSettingsInput } from '../monthly/sectionSettings';
import { monthlyReportWorkbook } from '../monthly/workbook';

const month = z.string().regex(monthPattern, 'errors.month');
const language = z.enum(['en', 'bn']);
const monthInput = z.object({ month });

function officeRow(ctx: AuthedCtx) {
  const row = ctx.db.select().from(office).get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  return row;
}

/** The report as it prints: a closed month's latest version (frozen), or the live figures as a draft. */
function printable(ctx: AuthedCtx, m: string) {
  const closed = closedVersion(ctx, m);
  if (closed) return { figures: closed.figures, signed: { name: closed.signedByName, at: closed.signedAt, version: closed.version } };
  return { figures: monthlyFigures(ctx, m), signed: null };
}

/** The monthly report for the DCPO meeting: figures, PDF, workbook, closing the month, the office's sections. */
export const monthlyApi = {
  'reports.monthlyFigures': method({
    input: monthInput,
    permission: 'reports.monthly',
    handler: (ctx, input) => {
      const closed = closedVersion(ctx, input.month);
      return {
        figures: monthlyFigures(ctx, input.month),
        closed: closed ? { version: closed.version, signedByName: closed.signedByName, signedAt: closed.signedAt } : null,
        sections: sectionSettings(ctx),
      };
    },
  }),

  'reports.monthlyPdf': method({
    input: z.object({
      month,
      language,
      annex: z.object({ reason: z.string().trim().min(5, 'errors.monthlyReport.annexReason').max(300) }).optional(),
    }),
    permission: 'reports.monthly',
    handler: async (ctx, input) => {
      const { figures, signed } = printable(ctx, input.month);
      const annex = input.annex ? { reason: input.annex.reason, children: annexChildren(ctx, figures.escalations.caseIds) } : undefined;
      const bytes = await monthlyReportPdf({
        language: input.language,
        office: officeRow(ctx),
        figures,
        sections: figures.sections,
        preparedBy: signed?.name ?? ctx.session.fullName,
        preparedOn: signed ? signed.at.slice(0, 10) : ctx.today,
        signed,
        ...(annex ? { annex } : {}),
      });
      ctx.write((w) =>
        w.audit(
          annex
            ? {
                action: 'reports.monthlyAnnex',
                entity: 'monthly_report_versions',
                entityId: input.month,
                summary: `annex with ${annex.children.length} children: ${annex.reason}`,
                facts: { refKind: 'monthlyReport', month: input.month, count: annex.children.length, reason: annex.reason },
              }
            : {
                action: 'reports.monthlyPdf',
                entity: 'monthly_report_versions',
                entityId: input.month,
                summary: signed ? `version ${signed.version}` : 'draft',
                facts: signed
                  ? { refKind: 'monthlyReport', month: input.month, version: signed.version, language: input.language }
                  : { refKind: 'monthlyReport', month: input.month, language: input.language, variant: 'draft' },
              },
        ),
      );
      return {
        fileName: `monthly-report-${input.month}-${input.language}${annex ? '-annex' : ''}.pdf`,
        contentBase64: bytes.toString('base64'),
      };
    },
  }),

  'reports.monthlyExcel': method({
    input: z.object({ month, language }),
    permission: 'reports.monthly',
    handler: async (ctx, input) => {
      const { figures, signed } = printable(ctx, input.month);
      const file = await monthlyReportWorkbook(figures, figures.sections, input.language, {
        by: signed?.name ?? ctx.session.fullName,
        on: signed ? signed.at.slice(0, 10) : ctx.today,
      });
      ctx.write((w) =>
        w.audit({
          action: 'reports.monthlyExcel',
          entity: 'monthly_report_versions',
          entityId: input.month,
          facts: { refKind: 'monthlyReport', month: input.month, language: input.language },
        }),
      );
      return file;
    },
  }),

  'reports.saveMonthNotes': method({
    input: z.object({ month, escalations: escalationList, nextMonthPlan: z.string().trim().max(4000) }),
    permission: 'reports.monthly',
    handler: (ctx, input) => saveNotes(ctx, input),
  }),

  'reports.closeMonth': method({
    input: monthInput,
    permission: 'reports.monthly',
    handler: (ctx, input) => closeMonth(ctx, input.month),
  }),

  'reports.closedMonths': method({
    input: z.object({}),
    permission: 'reports.monthly',
    handler: (ctx) => closedMonths(ctx),
  }),

  'reports.monthlySections': method({
    input: sectionSettingsInput,
    permission: 'reports.monthly',
    handler: (ctx, input) => saveSectionSettings(ctx, input.sections),
  }),
} satisfies ApiArea;
