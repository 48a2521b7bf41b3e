import { z } from 'zod';
import { office } from '../../db/schema';
import { roleAllows } from '../../api/permissions';
import { UserError } from '../../api/errors';
import { method, type ApiArea, type AuthedCtx } from '../../api/types';
import { monthReport, monthReportInput } from '../monthReport';
import { filledRegisterPdf } from '../registerPdf';
import { monthReportWorkbook } from '../reportExport';
import { refreshOverdueReturns } from '../rescore';

function officeOf(ctx: AuthedCtx) {
  const row = ctx.db.select().from(office).get();
  if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  return row;
}

function printed(ctx: AuthedCtx): string {
  return `${ctx.today.split('-').reverse().join('/')} · ${ctx.session.fullName}`;
}

/** The audit facts that name which register left the office: its month and, for one GP's, the GP. */
function registerRef(input: { month: string; gramPanchayat?: string | undefined }) {
  return {
    refKind: 'migrationRegister',
    month: input.month,
    gramPanchayat: input.gramPanchayat ?? null,
    variant: input.gramPanchayat ? 'inGramPanchayat' : null,
  } as const;
}

/** The month's SafetyNet report on screen, in Excel, and the month's filled register as PDF for the Gram Panchayat. */
export const migrationReportsApi = {
  'migrations.monthReport': method({
    input: monthReportInput,
    permission: 'safetynet.read',
    handler: (ctx, input) => {
      refreshOverdueReturns(ctx);
      return monthReport(ctx, input);
    },
  }),

  'migrations.monthReportExport': method({
    input: monthReportInput.extend({ withNames: z.boolean().default(false) }),
    permission: 'safetynet.read',
    handler: async (ctx, input) => {
      // Names leave the office only with the permission for it (DPDP Act 2023); codes otherwise.
      if (input.withNames && !roleAllows(ctx.session.role, 'safetynet.exportNames')) {
        throw new UserError('forbidden', 'errors.safetynet.exportNames', {}, { field: 'withNames' }, 403);
      }
      refreshOverdueReturns(ctx);
      const report = monthReport(ctx, input);
      const file = await monthReportWorkbook(report, ctx.session.language, input.withNames, printed(ctx));
      ctx.write((w) =>
        w.audit({
          action: 'migrations.monthReportExport',
          entity: 'departures',
          summary: `${input.month}${input.gramPanchayat ? ` ${input.gramPanchayat}` : ''}: ${report.total} departures, ${input.withNames ? 'with names' : 'codes only'}`,
          facts: {
            ...registerRef(input),
            count: report.total,
            withNames: input.withNames,
          },
        }),
      );
      return file;
    },
  }),

  'migrations.registerPdf': method({
    input: monthReportInput.extend({ language: z.enum(['en', 'bn']), withMinorNames: z.boolean().default(false) }),
    permission: 'safetynet.read',
    handler: async (ctx, input) => {
      refreshOverdueReturns(ctx);
      const report = monthReport(ctx, input);
      const pdf = await filledRegisterPdf({
        language: input.language,
        office: officeOf(ctx),
        report,
        printedOn: ctx.today,
        withMinorNames: input.withMinorNames,
      });
      ctx.write((w) =>
        w.audit({
          action: 'migrations.registerPdf',
          entity: 'departures',
          summary: `${input.month}${input.gramPanchayat ? ` ${input.gramPanchayat}` : ''} (${input.language}): ${report.total} departures, ${input.withMinorNames ? "minors' names shown" : 'minors by child code'}`,
          facts: {
            ...registerRef(input),
            language: input.language,
            count: report.total,
            withMinorNames: input.withMinorNames,
          },
        }),
      );
      const gp = input.gramPanchayat ? `-${input.gramPanchayat.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}` : '';
      return { fileName: `safetynet-register-${input.month}${gp}-${input.language}.pdf`, contentBase64: pdf.toString('base64') };
    },
  }),
} satisfies ApiArea;
