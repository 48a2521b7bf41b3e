import { z } from 'zod';
import type { AuthedCtx } from '../../api/types';
import { office } from '../../db/schema';
import { monthlySections, type MonthlySection } from '../../shared/monthlyReport';

export const sectionSettingsInput = z.object({
  sections: z
    .array(z.object({ section: z.enum(monthlySections), on: z.boolean() }))
    .refine((list) => list.length === monthlySections.length && new Set(list.map((s) => s.section)).size === monthlySections.length, {
      message: 'errors.monthlyReport.sectionsAll',
    }),
});

export type SectionSetting = { section: MonthlySection; on: boolean };

/** The office's order of the report's sections, each on or off; the order, all on, until changed. */
export function sectionSettings(ctx: AuthedCtx): SectionSetting[] {
  const stored = ctx.db.select({ json: office.monthlyReportSections }).from(office).get()?.json;
  if (!stored) return monthlySections.map((section) => ({ section, on: true }));
  const list = JSON.parse(stored) as SectionSetting[];
  // A section added by a later version of the app goes last, switched on.
  const missing = monthlySections.filter((s) => !list.some((x) => x.section === s)).map((section) => ({ section, on: true }));
  return [...list.filter((x) => (monthlySections as readonly string[]).includes(x.section)), ...missing];
}

export function saveSectionSettings(ctx: AuthedCtx, sections: SectionSetting[]) {
  ctx.write((w) => {
    w.db
      .update(office)
      .set({ monthlyReportSections: JSON.stringify(sections) })
      .run();
    w.audit({
      action: 'reports.monthlySections',
      entity: 'office',
      summary: sections.map((s) => `${s.section}${s.on ? '' : ' (off)'}`).join(', '),
      facts: { count: sections.filter((s) => s.on).length, switchedOff: sections.filter((s) => !s.on).length },
    });
  });
  return { sections };
}
