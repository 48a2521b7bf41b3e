import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { presentThenAbsent } from '../../fixtures/attendance';
import { lines, pdfPages } from '../../fixtures/pdf/popplerText';
import type { TestHost } from '../testHost';
import { userWithRole } from '../testHost';
import { importRinaAbsentSinceOctober } from '../attendance/absentSinceOctober';
import { girlForWork, manForWork, safetynetOffice } from './fixture';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function sheetRows(contentBase64: string, sheet: number): Promise<(string | number | null)[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ArrayBuffer);
  const rows: (string | number | null)[][] = [];
  workbook.worksheets[sheet]?.eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
  return rows;
}

async function monthOfDepartures() {
  const s = await safetynetOffice();
  t = s.office;
  const girl = await s.office.ok('migrations.create', girlForWork(s.club.id), s.clerk);
  await s.office.ok('migrations.create', manForWork(s.club.id), s.clerk);
  await s.office.ok(
    'migrations.create',
    manForWork(s.club.id, { name: 'Anowar Mondal', leftOn: '2026-10-20', gramPanchayat: 'Khejurtala' }),
    s.clerk,
  );
  return { ...s, girl };
}

describe("the month's SafetyNet report", () => {
  it('counts the month’s departures by purpose, state, sex and age band, with the red-flag list', async () => {
    const { office, clerk } = await monthOfDepartures();
    const report = await office.ok('migrations.monthReport', { month: '2026-11' }, clerk);
    expect(report).toMatchObject({
      total: 2,
      byPurpose: { work: 2, marriage: 0 },
      bySex: { female: 1, male: 1, other: 0 },
      byAgeBand: { from14to17: 1, from25: 1, under14: 0 },
      byState: [
        { state: 'Karnataka', count: 1 },
        { state: 'Kerala', count: 1 },
      ],
      agents: [{ agentId: null, name: 'Bapi', departures: 1, minors: 1, high: 1 }],
    });
    expect(report.redFlags.map((r) => [r.name, r.level, r.score])).toEqual([['Rupa Khatun', 'high', 20]]);
    const bagundi = await office.ok('migrations.monthReport', { month: '2026-10', gramPanchayat: 'Bagundi' }, clerk);
    expect(bagundi.total).toBe(0);
  });

  it('exports codes, not names, unless the user may and asks for names', async () => {
    const { office, clerk, girl } = await monthOfDepartures();
    const file = await office.ok('migrations.monthReportExport', { month: '2026-11' }, clerk);
    const departuresSheet = await sheetRows(file.contentBase64, 1);
    const people = departuresSheet.slice(2).map((r) => r[0]);
    expect(people).toEqual([expect.stringMatching(/^SN-0000\d\d$/), girl.childCode]);
    expect(JSON.stringify(departuresSheet)).not.toContain('Rupa');
    const refused = await office.raw('migrations.monthReportExport', { month: '2026-11', withNames: true }, clerk);
    expect(refused).toMatchObject({ ok: false, error: { key: 'errors.safetynet.exportNames', field: 'withNames' } });
    const manager = await userWithRole(office, office.admin, 'sima', 'manager');
    const named = await office.ok('migrations.monthReportExport', { month: '2026-11', withNames: true }, manager);
    expect((await sheetRows(named.contentBase64, 1)).slice(2).map((r) => r[0])).toEqual(['Sahidul Gazi', 'Rupa Khatun']);
    const flags = await sheetRows(file.contentBase64, 2);
    expect(flags.slice(2).map((r) => r[3])).toContain('Under 18 (16) and not travelling with a parent or guardian');
  });

  it("prints the month's register for the GP with the minor's child code, not her name, unless ticked", async () => {
    const { office, clerk, girl } = await monthOfDepartures();
    const pdf = await office.ok('migrations.registerPdf', { month: '2026-11', gramPanchayat: 'Bagundi', language: 'en' }, clerk);
    const text = lines(pdfPages(Buffer.from(pdf.contentBase64, 'base64'))[0] ?? '').join('\n');
    expect(text).toContain('Migration register, November 2026');
    expect(text).toContain(girl.childCode ?? 'no code');
    expect(text).toContain('Sahidul Gazi');
    expect(text).not.toContain('Rupa');
    const named = await office.ok('migrations.registerPdf', { month: '2026-11', language: 'bn', withMinorNames: true }, clerk);
    const bn = pdfPages(Buffer.from(named.contentBase64, 'base64')).join('\n');
    expect(bn).toContain('Rupa Khatun');
    expect(bn).toContain('অভিবাসন রেজিস্টার');
  });

  it("prints a reporting point's blank register page in Bengali with empty rows to fill", async () => {
    const { office, clerk, club } = await monthOfDepartures();
    const pdf = await office.ok('reportingPoints.blankRegisterPdf', { id: club.id }, clerk);
    const pages = pdfPages(Buffer.from(pdf.contentBase64, 'base64'));
    // One sheet of paper: ten numbered empty rows, nothing filled in.
    expect(pages).toHaveLength(1);
    const rows = lines(pages[0] ?? '');
    expect(rows).toContain('অভিবাসন রেজিস্টার: Bagundi Yuva Sangha');
    expect(rows).toContain('১০');
    expect(rows).not.toContain('১১');
    expect(rows.join(' ')).not.toContain('Rupa');
  });
});

describe('gone with no report', () => {
  it('lists children absent 30 days or more in a row with no departure, and not once a departure is recorded', async () => {
    const s = await safetynetOffice();
    t = s.office;
    const office = s.office;
    // Tania Das is absent from 20/11 only: less than 30 days.
    await importRinaAbsentSinceOctober(office, (month) => [
      { roll: 5, name: 'Tania Das', sex: 'F', marks: month === '2026-10' ? presentThenAbsent(month, 40) : presentThenAbsent(month, 16) },
    ]);
    const gone = await office.ok('migrations.goneWithNoReport', {}, s.clerk);
    expect(gone.map((g) => [g.nameEn, g.since])).toEqual([['Rina Khatun', '2026-10-07']]);
    expect(gone[0]?.daysAbsent).toBeGreaterThanOrEqual(30);
    await office.ok(
      'migrations.create',
      manForWork(s.club.id, { childId: gone[0]?.childId ?? 0, name: 'Rina Khatun', sex: 'female', ageYears: 10 }),
      s.clerk,
    );
    expect(await office.ok('migrations.goneWithNoReport', {}, s.clerk)).toEqual([]);
  });
});
