import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyFigures } from '../../../electron/reports/monthly/figures';
import { monthlyReportPdf } from '../../../electron/reports/monthly/pdf';
import { sectionTables } from '../../../electron/reports/monthly/sectionTables';
import { suppressVillageTable } from '../../../electron/reports/monthly/suppression';
import type { Caller, TestHost } from '../testHost';
import { fieldFixture } from './fieldFixture';
import { reportOffice as office } from './fixture';

let t: TestHost & { admin: Caller };
let figures: MonthlyFigures;
const dir = mkdtempSync(join(tmpdir(), 'layout-'));

beforeAll(async () => {
  const f = await fieldFixture();
  t = f.t;
  ({ figures } = await t.ok('reports.monthlyFigures', { month: '2026-10' }, f.manager));
});
afterAll(() => t.cleanup());

/** A long month: 40 villages of cases, `states` destination states: the headings land at every height of a page. */
function longMonth(states: number): MonthlyFigures {
  const villages = Array.from({ length: 40 }, (_, i) => ({ village: `গ্রাম ${i + 1}`, cells: [i % 7, 5 + (i % 3), 0, i % 2, 6, i % 4] }));
  return {
    ...figures,
    caseload: { ...figures.caseload, byVillage: suppressVillageTable(villages, 6) },
    migration: { ...figures.migration, byState: Array.from({ length: states }, (_, i) => ({ state: `রাজ্য ${i + 1}`, count: i + 1 })) },
  };
}

describe('the PDF never leaves a heading alone at the foot of a page', () => {
  it('in a long Bengali report, whatever the length of the tables before it', async () => {
    const headings = new Set<string>();
    for (const section of figures.sections)
      for (const block of sectionTables(section, figures, 'bn', { by: 'রেখা সেন', on: '2026-11-24' }))
        if (block.heading) headings.add(block.heading.replace(/\s+/g, ' ').trim());
    // A table's header row alone at a page's foot is as bad: it must come with the table's first row.
    for (const section of figures.sections)
      for (const block of sectionTables(section, figures, 'bn', { by: 'রেখা সেন', on: '2026-11-24' }))
        if (block.kind === 'table') headings.add(block.columns.join(' ').replace(/\s+/g, ' ').trim());
    let pagesSeen = 0;
    for (const states of [0, 3, 6, 9, 12, 15, 18, 21, 24, 27]) {
      const pdf = await monthlyReportPdf({
        language: 'bn',
        office,
        figures: longMonth(states),
        sections: figures.sections,
        preparedBy: 'রেখা সেন',
        preparedOn: '2026-11-24',
        signed: null,
      });
      const file = join(dir, `long-${states}.pdf`);
      writeFileSync(file, pdf);
      const pages = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      pagesSeen += pages.length;
      pages.forEach((page, p) => {
        const lines = page
          .split('\n')
          .map((l) => l.replace(/\s+/g, ' ').trim())
          .filter(Boolean);
        // The last line is the footer: the confidentiality note and "পৃষ্ঠা X / Y".
        expect(lines[lines.length - 1]).toContain(`পৃষ্ঠা`);
        const lastContent = lines[lines.length - 2] ?? '';
        const isHeading = headings.has(lastContent) || /^[০-৯]+\. /.test(lastContent);
        expect({ states, page: p + 1, lastContent, isHeading }).toEqual({ states, page: p + 1, lastContent, isHeading: false });
      });
    }
    expect(pagesSeen).toBeGreaterThan(40);
  });
});
