import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { children, schools } from '../../db/schema';
import { UserError } from '../../api/errors';
import { id, optionalText, phone } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { listWorkbook } from '../../reports/excel/listWorkbook';
import { stamp } from '../listFiles';
import { addressHeaderKeys, fillableColumns, readAddressSheet, refusal, unknownCodes } from '../addressSheet';
import { childWhereaboutsColumns } from '../childColumns';
import { childWorkbookColumns } from '../childWorkbookColumns';
import { childrenCount } from '../childrenCount';

/**
 * Children missing an address: no village or no Gram Panchayat, so the worklist's filters miss them
 * and a volunteer's visit list has nowhere to walk to. Filled one row at a time on screen, or all at
 * once through an Excel round-trip (download, fill in, upload: all rows or none).
 */

const missing = or(isNull(children.village), isNull(children.gramPanchayat));

const rowColumns = {
  id: children.id,
  childCode: children.childCode,
  nameEn: children.nameEn,
  nameBn: children.nameBn,
  ...childWhereaboutsColumns,
  roll: children.roll,
  phone: children.phone,
};

const listInput = z.object({
  schoolId: id.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

const missingWhere = (schoolId: number | undefined) => and(missing, schoolId === undefined ? undefined : eq(children.schoolId, schoolId));

const order = [asc(schools.name), asc(children.classGrade), sql`cast(${children.roll} AS integer)`, asc(children.id)];

export const addressesApi = {
  'addresses.missing': method({
    input: listInput,
    permission: 'register.read',
    handler: (ctx, input) => {
      const where = missingWhere(input.schoolId);
      const total = childrenCount(ctx.db, where);
      const rows = ctx.db
        .select(rowColumns)
        .from(children)
        .leftJoin(schools, eq(children.schoolId, schools.id))
        .where(where)
        .orderBy(...order)
        .limit(input.limit)
        .offset(input.offset)
        .all();
      return { total, rows };
    },
  }),

  /** One child's address from the list's inline row: what is typed replaces what was there. */
  'addresses.set': method({
    input: z.object({
      id,
      guardianName: optionalText(),
      phone,
      village: optionalText(),
      gramPanchayat: optionalText(),
    }),
    permission: 'register.write',
    handler: (ctx, { id: childId, ...values }) =>
      ctx.write((w) => {
        const before = w.db.select().from(children).where(eq(children.id, childId)).get();
        if (!before) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
        w.db
          .update(children)
          .set({ ...values, updatedAt: ctx.now.toISOString() })
          .where(eq(children.id, childId))
          .run();
        const changed = fillableColumns.filter((k) => values[k] !== before[k]);
        w.audit({
          action: 'children.update',
          entity: 'children',
          entityId: childId,
          summary: `${before.childCode}: ${changed.join(', ') || 'no change'}`,
          facts: { ref: before.childCode, fields: changed },
        });
        return { id: childId, missing: !values.village || !values.gramPanchayat };
      }),
  }),

  /** The list as a workbook to fill in: the child's code identifies the row, the last four columns are for the office. */
  'addresses.export': method({
    input: z.object({ schoolId: id.optional() }),
    permission: 'register.read',
    handler: async (ctx, input) => {
      const { today, label, printed } = stamp(ctx);
      const rows = ctx.db
        .select(rowColumns)
        .from(children)
        .leftJoin(schools, eq(children.schoolId, schools.id))
        .where(missingWhere(input.schoolId))
        .orderBy(...order)
        .all();
      const column = childWorkbookColumns<(typeof rows)[number]>(ctx.session.language);
      return listWorkbook({
        sheetName: label('register.addresses.sheet'),
        title: `${label('register.addresses.title')} — ${printed}`,
        fileName: `children-missing-address-${today}.xlsx`,
        rows,
        columns: [
          column.code,
          { header: label(addressHeaderKeys.name), width: 24, value: (r) => r.nameEn ?? r.nameBn },
          column.school,
          column.class,
          column.roll,
          column.guardianName,
          column.phone,
          column.village,
          column.gramPanchayat,
        ],
      });
    },
  }),

  /**
   * The filled-in workbook back: every row checked first (a child code of the register, a phone that
   * is one, texts within length), each problem naming sheet, row and column; then every row written
   * in one transaction, or none. A blank cell leaves what the register has.
   */
  'addresses.import': method({
    input: z.object({ fileName: z.string().trim().min(1).max(255), contentBase64: z.string().min(1, 'errors.required') }),
    permission: 'register.write',
    handler: async (ctx, input) => {
      const read = await readAddressSheet(Buffer.from(input.contentBase64, 'base64'), input.fileName);
      const codes = read.rows.map((r) => r.childCode);
      const known = new Map<string, typeof children.$inferSelect>();
      for (let i = 0; i < codes.length; i += 500) {
        for (const child of ctx.db
          .select()
          .from(children)
          .where(inArray(children.childCode, codes.slice(i, i + 500)))
          .all())
          known.set(child.childCode, child);
      }
      // Every problem of the file at once, the unknown codes with the rest, so one correction round is enough.
      const problems = [...read.problems, ...unknownCodes(read, new Set(known.keys()))];
      if (problems.length > 0) throw refusal(problems);
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        let updated = 0;
        for (const row of read.rows) {
          const child = known.get(row.childCode);
          if (!child) continue;
          const changes = Object.fromEntries(
            fillableColumns.flatMap((c) => (row.values[c] !== null && row.values[c] !== child[c] ? [[c, row.values[c]]] : [])),
          );
          if (Object.keys(changes).length === 0) continue;
          w.db
            .update(children)
            .set({ ...changes, updatedAt: at })
            .where(eq(children.id, child.id))
            .run();
          updated++;
        }
        const stillMissing = childrenCount(w.db, missing);
        w.audit({
          action: 'children.update',
          entity: 'children',
          summary: `${input.fileName}: ${updated} children's addresses from the filled-in list (${read.rows.length} rows), ${stillMissing} still missing an address`,
          facts: {
            variant: 'addressList',
            refKind: 'list',
            fileName: input.fileName,
            count: updated,
            rows: read.rows.length,
            stillMissing,
          },
        });
        return { rows: read.rows.length, updated, stillMissing };
      });
    },
  }),
} satisfies ApiArea;
