import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, TestHost } from '../testHost';
import { readTable, type Printed, type PrintedSum, type PrintedTable } from '../reports/suppressionReader';
import { fieldFixture } from './fieldFixture';

/**
 * Issue 16 through the report as the DCPO gets it: the field fixture's October (fixture.ts and
 * fieldFixture.ts), printed to PDF and to Excel. Both print the same "< 5" and "×" in the village
 * tables, and a reader who takes every figure the report prints (any section) cannot work a "< 5"
 * back. The villages' true counts are the fixture's, counted by hand.
 */

let t: TestHost & { admin: Caller };
let manager: Caller;
let pdf: string;
let sheets: string[][][];
const dir = mkdtempSync(join(tmpdir(), 'suppression-'));

beforeAll(async () => {
  const f = await fieldFixture();
  ({ t, manager } = f);
  const file = await t.ok('reports.monthlyPdf', { month: '2026-10', language: 'en' }, manager);
  writeFileSync(join(dir, 'report.pdf'), Buffer.from(file.contentBase64, 'base64'));
  pdf = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
  const excel = await t.ok('reports.monthlyExcel', { month: '2026-10', language: 'en' }, manager);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(excel.contentBase64, 'base64') as unknown as ArrayBuffer);
  sheets = workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => cells.push(String(cell.value ?? '')));
      rows.push(cells);
    });
    return rows;
  });
});
afterAll(() => t.cleanup());

const villages = ['Khejurtala', 'Uttar Bagundi'];
// Cases (new, in intervention, referred, before the CWC, closed, follow-up): Mitali's new and Salma's
// before the CWC in Khejurtala; Priya's, Rahim's and Jamal's closed in Uttar Bagundi.
const casesTruth = [
  [1, 0, 0, 1, 0, 0],
  [0, 0, 0, 0, 3, 0],
];
// Children flagged (girls, boys, other): Kabir in Khejurtala, Rupa in Uttar Bagundi.
const flaggedTruth = [
  [0, 1, 0],
  [1, 0, 0],
];

/** The PDF's village table under `heading`: per village and the total row, the cells as printed. */
function pdfVillageTable(heading: string): string[][] {
  const lines = pdf.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const out: string[][] = [];
  // Up to its total row, over a page break (the page's footer and letterhead) if the table has one.
  for (const line of lines.slice(start + 2, start + 30)) {
    const name = [...villages, 'Total'].find((v) => line.trim().startsWith(v));
    if (!name) continue;
    out.push([
      name,
      ...line
        .trim()
        .slice(name.length)
        .trim()
        .split(/\s{2,}/),
    ]);
    if (name === 'Total') break;
  }
  return out;
}

/** The workbook's table under `heading`, on whichever sheet: its rows up to and with the total row. */
function sheetTable(heading: string): string[][] {
  for (const sheet of sheets) {
    const start = sheet.findIndex((r) => r[0] === heading);
    if (start < 0) continue;
    const end = sheet.findIndex((r, i) => i > start && r[0] === 'Total');
    return sheet.slice(start + 2, end + 1).map((r) => r.filter((c, i) => i === 0 || c !== ''));
  }
  throw new Error(`no table ${heading}`);
}

/** A figure's value, from the row labelled `label` of the sheet that has it: a number, or null when printed "×" (or not at all). */
function figure(label: string, after?: string): number | null {
  for (const sheet of sheets) {
    const from = after === undefined ? 0 : sheet.findIndex((r) => r[0] === after);
    if (from < 0) continue;
    const row = sheet.slice(from).find((r) => r[0] === label);
    if (!row) continue;
    const v = row.filter((c) => c !== '')[1];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : null;
  }
  return null;
}

const asPrinted = (c: string): Printed => (c === '< 5' ? 'lt5' : c === '×' ? 'hidden' : Number(c));

function printedTable(rows: string[][]): PrintedTable {
  const body = rows.filter((r) => r[0] !== 'Total').map((r) => r.slice(1).map(asPrinted));
  const total = (rows.find((r) => r[0] === 'Total') ?? []).slice(1).map(asPrinted);
  return {
    rows: body.map((r) => ({ cells: r.slice(0, -1), total: r[r.length - 1] ?? 'hidden' })),
    columnTotals: total.slice(0, -1),
    total: total[total.length - 1] ?? 'hidden',
  };
}

const exact = (columns: number[], v: number | null): PrintedSum[] => (v === null ? [] : [{ columns, min: v, max: v }]);
const atLeast = (columns: number[], v: number | null): PrintedSum[] => (v === null ? [] : [{ columns, min: v, max: Infinity }]);

describe('the village tables in the October report, PDF and Excel', () => {
  const tables = [
    { heading: 'Cases in the month · Village', truth: casesTruth },
    { heading: 'Children flagged, by village', truth: flaggedTruth },
  ];

  for (const { heading, truth } of tables)
    it(`"${heading}": the same "< 5" and "×" in both, every 1–4 as "< 5"`, () => {
      const inPdf = pdfVillageTable(heading);
      expect(inPdf.map((r) => r[0])).toEqual([...villages, 'Total']);
      expect(inPdf).toEqual(sheetTable(heading));
      const printed = printedTable(inPdf);
      printed.rows.forEach((r, ri) =>
        r.cells.forEach((c, ci) => {
          const v = truth[ri]?.[ci] ?? 0;
          expect(c).toBe(v >= 1 && v <= 4 ? 'lt5' : typeof c === 'number' ? v : 'hidden');
        }),
      );
    });

  it('no figure printed in any section lets a reader work a village "< 5" back', () => {
    // What a reader knows of the cases' columns (new 0, in intervention 1, referred 2, before the CWC 3,
    // closed 4, follow-up 5), from sections 1 and 2:
    const statuses = [0, 1, 2, 3, 4, 5];
    const byStatus = sheetTable('Cases in the month').find((r) => r[0] === 'Total') ?? [];
    const closed = figure('Cases closed');
    const opened = figure('Cases opened');
    const averted = figure('Child marriages stopped');
    const withdrawn = figure('— Withdrawn from work and enrolled in school');
    const hoursReduced = figure('— Working hours reduced');
    const cases: PrintedSum[] = [
      // Section 2's total of each status.
      ...statuses.flatMap((c) => exact([c], /^\d+$/.test(byStatus[c + 1] ?? '') ? Number(byStatus[c + 1]) : null)),
      // Section 1: closed is the closed column; active the four open ones.
      ...exact([4], closed),
      ...exact([0, 1, 2, 3], figure('Cases active at the month’s end')),
      // Reported in the month: each is new now, or since referred, before the CWC or closed.
      ...(opened === null ? [] : [{ columns: [0], min: 0, max: opened }]),
      ...atLeast([0, 2, 3, 4], opened),
      // Section 2's outcomes: every case closed records one, so their total is the cases closed.
      ...exact([4], figure('Total', 'Outcomes of the cases closed')),
      // Sections 1 and 3: the marriages stopped are closed cases; a child withdrawn from work, or with
      // hours reduced, is at least one closed case more of that outcome.
      ...atLeast([4], averted),
      ...atLeast([4], figure('Marriages stopped')),
      ...atLeast([4], (averted ?? 0) + Number((withdrawn ?? 0) > 0) + Number((hoursReduced ?? 0) > 0)),
    ];
    const reasons = [
      '— Attendance below the threshold',
      '— Absent several days in a row',
      '— Dropped off the register',
      '— Attendance falling month on month',
    ];
    const flagged: PrintedSum[] = [
      ...exact([0, 1, 2], figure('Children flagged by school attendance')),
      ...exact([0, 1, 2], figure('Children flagged')),
      // Each reason's children are among those flagged.
      ...reasons.flatMap((r) => atLeast([0, 1, 2], figure(r))),
    ];
    for (const [heading, truth, known] of [
      ['Cases in the month · Village', casesTruth, cases],
      ['Children flagged, by village', flaggedTruth, flagged],
    ] as const) {
      const printed = printedTable(pdfVillageTable(heading));
      expect(printed.rows).toHaveLength(2);
      const finding = readTable(truth, printed, known);
      expect({ heading, ...finding }).toEqual({ heading, workedOut: [], unsettled: [], truthFits: true });
    }
  });
});
