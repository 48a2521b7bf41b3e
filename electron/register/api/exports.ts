import { asc, desc, eq, like, or } from 'drizzle-orm';
import { z } from 'zod';
import { children, schools } from '../../db/schema';
import { ageOn } from '../age';
import { classLabel } from '../classLabel';
import { listWorkbook } from '../../reports/excel/listWorkbook';
import { listColumns, searchInput, searchWhere, sortColumns } from '../childrenQuery';
import { translate } from '../../api/messages';
import { method, type ApiArea, type AuthedCtx } from '../../api/types';

function ddmmyyyy(iso: string | null): string {
  return iso ? iso.slice(0, 10).split('-').reverse().join('/') : '';
}

function stamp(ctx: AuthedCtx): { today: string; label: (key: string) => string; printed: string } {
  const lang = ctx.session.language;
  const today = ctx.today;
  return {
    today,
    label: (key) => translate(lang, key),
    printed: `${ddmmyyyy(today)} · ${ctx.session.fullName}`,
  };
}

/** Every list exports to Excel: the register's lists, with the filters the user has on screen. */
export const registerExportApi = {
  'children.export': method({
    input: searchInput.omit({ limit: true, offset: true }),
    permission: 'register.read',
    handler: async (ctx, input) => {
      const { today, label, printed } = stamp(ctx);
      const lang = ctx.session.language;
      const order = input.direction === 'asc' ? asc : desc;
      const rows = ctx.db
        .select({ ...listColumns, guardianRelation: children.guardianRelation, phone: children.phone, schoolUdise: schools.udise })
        .from(children)
        .leftJoin(schools, eq(children.schoolId, schools.id))
        .where(searchWhere(input))
        .orderBy(order(sortColumns[input.sort]), asc(children.id))
        .all();
      const file = await listWorkbook({
        sheetName: label('register.children.title'),
        title: `${label('register.children.title')} — ${printed}`,
        fileName: `children-${today}.xlsx`,
        rows,
        columns: [
          { header: label('register.children.columns.code'), width: 14, value: (r) => r.childCode },
          { header: label('register.form.nameEn'), width: 24, value: (r) => r.nameEn },
          { header: label('register.form.nameBn'), width: 24, value: (r) => r.nameBn },
          { header: label('register.children.columns.sex'), width: 8, value: (r) => label(`register.sex.${r.sex}`) },
          { header: label('register.children.columns.age'), width: 6, value: (r) => ageOn(r, today) },
          { header: label('register.form.dateOfBirth'), width: 12, value: (r) => ddmmyyyy(r.dateOfBirth) },
          { header: label('register.children.columns.school'), width: 30, value: (r) => r.schoolName },
          { header: label('register.schools.columns.udise'), width: 13, value: (r) => r.schoolUdise },
          { header: label('register.children.columns.class'), width: 10, value: (r) => classLabel(lang, r.classGrade, r.section) },
          { header: label('register.children.columns.roll'), width: 6, value: (r) => r.roll },
          { header: label('register.form.guardianName'), width: 22, value: (r) => r.guardianName },
          { header: label('register.form.guardianRelation'), width: 12, value: (r) => r.guardianRelation },
          { header: label('register.form.phone'), width: 13, value: (r) => r.phone },
          { header: label('register.form.village'), width: 18, value: (r) => r.village },
          { header: label('register.form.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat },
        ],
      });
      ctx.write((w) => w.audit({ action: 'children.export', entity: 'children', summary: `${rows.length} children to ${file.fileName}` }));
      return file;
    },
  }),

  'schools.export': method({
    input: z.object({ q: z.string().trim().max(100).optional() }),
    permission: 'register.read',
    handler: async (ctx, input) => {
      const { today, label, printed } = stamp(ctx);
      const q = input.q ? `%${input.q}%` : null;
      const rows = ctx.db
        .select()
        .from(schools)
        .where(q ? or(like(schools.name, q), like(schools.udise, q), like(schools.village, q), like(schools.gramPanchayat, q)) : undefined)
        .orderBy(asc(schools.name))
        .all();
      return listWorkbook({
        sheetName: label('register.schools.title'),
        title: `${label('register.schools.title')} — ${printed}`,
        fileName: `schools-${today}.xlsx`,
        rows,
        columns: [
          { header: label('register.schools.columns.name'), width: 34, value: (r) => r.name },
          { header: label('register.schools.columns.udise'), width: 13, value: (r) => r.udise },
          { header: label('register.schools.columns.type'), width: 14, value: (r) => label(`register.schoolTypes.${r.type}`) },
          { header: label('register.schools.columns.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat },
          { header: label('register.schools.columns.village'), width: 18, value: (r) => r.village },
          { header: label('register.schools.columns.headTeacher'), width: 22, value: (r) => r.headTeacher },
          { header: label('register.schools.columns.phone'), width: 13, value: (r) => r.phone },
        ],
      });
    },
  }),
} satisfies ApiArea;
