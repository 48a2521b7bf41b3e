import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { departures, office, reportingPoints } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, optionalText, phone, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { reportingPointKinds } from '../../shared/safetynetVocabulary';
import { blankRegisterPdf } from '../registerPdf';

/** Who reports departures to the office: clubs, GP and ward members, ASHA and Anganwadi workers, teachers, volunteers, SHGs. */
export const reportingPointsApi = {
  'reportingPoints.create': method({
    input: z.object({
      kind: z.enum(reportingPointKinds, 'errors.safetynet.pointKind'),
      name: requiredText(200),
      contactPerson: optionalText(),
      phone,
      village: optionalText(),
      gramPanchayat: optionalText(),
    }),
    permission: 'safetynet.write',
    handler: (ctx, input) =>
      ctx.write((w) => {
        const at = ctx.now.toISOString();
        const created = w.db
          .insert(reportingPoints)
          .values({ ...input, createdAt: at, updatedAt: at })
          .returning()
          .get();
        w.audit({
          action: 'reportingPoints.create',
          entity: 'reporting_points',
          entityId: created.id,
          summary: `${created.kind}: ${created.name}`,
          facts: { name: created.name, pointKind: created.kind },
        });
        return created;
      }),
  }),

  'reportingPoints.list': method({
    input: z.object({}),
    permission: 'safetynet.read',
    handler: (ctx) =>
      ctx.db
        .select({
          point: reportingPoints,
          departures: sql<number>`count(${departures.id})`,
          lastReportedOn: sql<string | null>`max(${departures.reportedOn})`,
        })
        .from(reportingPoints)
        .leftJoin(departures, eq(departures.reportingPointId, reportingPoints.id))
        .groupBy(reportingPoints.id)
        .orderBy(asc(reportingPoints.name))
        .all()
        .map((r) => ({ ...r.point, departures: r.departures, lastReportedOn: r.lastReportedOn })),
  }),

  /** The club's paper copy of the register: a page in Bengali (or English) with empty rows to fill in by hand. */
  'reportingPoints.blankRegisterPdf': method({
    input: z.object({ id, language: z.enum(['en', 'bn']).default('bn'), rows: z.number().int().min(5).max(40).default(10) }),
    permission: 'safetynet.read',
    handler: async (ctx, input) => {
      const point = ctx.db.select().from(reportingPoints).where(eq(reportingPoints.id, input.id)).get();
      if (!point) throw new UserError('not_found', 'errors.notFound', {}, { field: 'id' }, 404);
      const officeRow = ctx.db.select().from(office).get();
      if (!officeRow) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const pdf = await blankRegisterPdf({ language: input.language, office: officeRow, point, printedOn: ctx.today, rows: input.rows });
      ctx.write((w) =>
        w.audit({
          action: 'reportingPoints.blankRegisterPdf',
          entity: 'reporting_points',
          entityId: point.id,
          summary: input.language,
          facts: { name: point.name, language: input.language, count: input.rows },
        }),
      );
      return { fileName: `safetynet-register-blank-${point.id}-${input.language}.pdf`, contentBase64: pdf.toString('base64') };
    },
  }),
} satisfies ApiArea;
