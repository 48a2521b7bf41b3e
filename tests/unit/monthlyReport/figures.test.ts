import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../electron/db/schema';
import { auditTranslate } from '../../../electron/admin/auditWordsIn';
import { auditDetails, auditRecord } from '../../../electron/shared/auditWords';
import type { Caller, TestHost } from '../testHost';
import { childNames, octoberFixture } from './fixture';

let t: TestHost & { admin: Caller };
let manager: Caller;
let cases: Record<string, number>;
const month = '2026-10';

beforeAll(async () => {
  ({ t, manager, cases } = await octoberFixture());
});
afterAll(() => t.cleanup());

const dir = mkdtempSync(join(tmpdir(), 'monthly-'));
function pdfText(base64: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('the monthly report of October 2026, against the month counted by hand', () => {
  it('section 1 at a glance', async () => {
    const { figures } = await t.ok('reports.monthlyFigures', { month }, manager);
    expect(figures.atAGlance).toMatchObject({
      // Priya's, Jamal's, Salma's and Mitali's cases were reported in October; Rahim's in September.
      casesOpened: 4,
      // Priya's, Rahim's and Jamal's closed in October.
      casesClosed: 3,
      // Salma's and Mitali's open on 31/10.
      casesActive: 2,
      marriagesAverted: 1,
      // Rahim withdrawn, Jamal's hours reduced: both count.
      childrenFromLabour: 2,
      childrenWithdrawnFromWork: 1,
      childrenWorkingHoursReduced: 1,
      // Salma, referred to the CWC on 14/10.
      childrenBeforeCwc: 1,
      childrenInSponsorship: 0,
      childrenFlagged: 0,
    });
  });

  it('section 2 caseload: by type and standing, by sex and age, and the same totals as section 1', async () => {
    const { figures } = await t.ok('reports.monthlyFigures', { month }, manager);
    const c = figures.caseload;
    expect(c.totals).toEqual({ new: 1, intervention: 0, referred: 0, beforeCwc: 1, closed: 3, followUp: 0 });
    expect(c.byType.find((r) => r.type === 'child_marriage')).toMatchObject({ new: 1, closed: 1 });
    expect(c.byType.find((r) => r.type === 'child_labour')).toMatchObject({ closed: 2 });
    expect(c.byType.find((r) => r.type === 'abuse')).toMatchObject({ beforeCwc: 1 });
    // The figures add up: closed here is closed at a glance, and the open ones are the active ones.
    expect(c.totals.closed).toBe(figures.atAGlance.casesClosed);
    expect(c.totals.new + c.totals.intervention + c.totals.referred + c.totals.beforeCwc).toBe(figures.atAGlance.casesActive);
    // Priya 16, Salma 15, Mitali 16 (girls 15–17); Rahim 13, Jamal 12 (boys 11–14), ages on 31/10/2026.
    expect(c.children.total).toBe(5);
    expect(c.children.bySexAndAge.female['15-17']).toBe(3);
    expect(c.children.bySexAndAge.male['11-14']).toBe(2);
    // The outcomes screen's own counts for October say the same.
    const outcomes = await t.ok('cases.outcomeSummary', { from: '2026-10-01', to: '2026-10-31' }, manager);
    expect(c.outcomes.byOutcome).toEqual(outcomes.total.byOutcome);
    expect(outcomes.total.byOutcome.working_hours_reduced).toBe(1);
    // Uttar Bagundi: 3 closed; Khejurtala: 1 new, 1 before the CWC: all small, all "< 5". The columns'
    // totals of 1, 1 and 3 would give the villages' cells away: "< 5" or "×" too; the zeros stay.
    expect(c.byVillage.columnTotals.map((x) => (typeof x === 'number' ? x : 'suppressed'))).toEqual([
      'suppressed',
      0,
      0,
      'suppressed',
      'suppressed',
      0,
    ]);
    expect(c.byVillage.rows.flatMap((r) => r.cells).filter((x) => typeof x === 'number' && x > 0)).toEqual([]);
  });

  it('sections 3 and 4: child marriage and referrals', async () => {
    const { figures } = await t.ok('reports.monthlyFigures', { month }, manager);
    expect(figures.childMarriage.alertsByReporter.volunteer).toBe(2);
    expect(figures.childMarriage.stopped).toBe(figures.atAGlance.marriagesAverted);
    // Priya 16 on 01/12/2026 and Mitali 17 on 01/03/2027: both under 18.
    expect(figures.childMarriage.pcma).toEqual({ underAge: 2, ofAge: 0, unknown: 0 });
    expect(figures.referrals.made.cwc).toBe(1);
    expect(figures.referrals.madeTotal).toBe(1);
    // The CWC referral of 14/10 is not 30 days old on 31/10.
    expect(figures.referrals.pendingOver30Days).toBe(0);
  });

  it('names no child in the body of the PDF, in English or in Bengali', async () => {
    for (const language of ['en', 'bn'] as const) {
      const pdf = await t.ok('reports.monthlyPdf', { month, language }, manager);
      const text = pdfText(pdf.contentBase64, `body-${language}.pdf`);
      for (const name of childNames) for (const part of name.split(' ')) expect(text).not.toContain(part);
      expect(text).toContain(language === 'en' ? 'Page 1 of' : 'পৃষ্ঠা ১ /');
      if (language === 'bn') expect(text).toContain('এক নজরে');
    }
  });

  it('prints the annex only with a reason, and records the printing with the reason', async () => {
    await t.ok(
      'reports.saveMonthNotes',
      { month, escalations: [{ caseId: cases.abuse ?? 0, note: 'CWC order awaited' }], nextMonthPlan: 'Visit Khejurtala' },
      manager,
    );
    const refused = await t.raw('reports.monthlyPdf', { month, language: 'en', annex: { reason: '' } }, manager);
    expect(refused).toMatchObject({ ok: false, error: { field: 'annex.reason' } });
    const pdf = await t.ok('reports.monthlyPdf', { month, language: 'en', annex: { reason: 'DCPO asked at the meeting' } }, manager);
    const text = pdfText(pdf.contentBase64, 'annex.pdf');
    expect(text).toContain('Salma Khatun');
    const audit = t.host.database.sqlite
      .prepare("SELECT summary FROM audit_log WHERE action = 'reports.monthlyAnnex'")
      .pluck()
      .all() as string[];
    expect(audit).toEqual(['annex with 1 children: DCPO asked at the meeting']);
    // The body still names nobody: the case by number, the child by code.
    const body = pdfText((await t.ok('reports.monthlyPdf', { month, language: 'en' }, manager)).contentBase64, 'body2.pdf');
    expect(body).not.toContain('Salma');
    expect(body).toContain('CWC order awaited');
  });

  it('a case worker may not see the report', async () => {
    const { userWithRole } = await import('../testHost');
    const worker = await userWithRole(t, t.admin, 'asha', 'case_worker');
    expect(await t.raw('reports.monthlyFigures', { month }, worker)).toMatchObject({ ok: false });
  });

  it('a closed month reprints identical after the data changed, is shown revised, and a revision is a new version', async () => {
    expect(await t.raw('reports.closeMonth', { month: '2026-11' }, manager)).toMatchObject({ ok: false, error: { field: 'month' } });
    const closed = await t.ok('reports.closeMonth', { month }, manager);
    expect(closed.version).toBe(1);
    const first = await t.ok('reports.monthlyPdf', { month, language: 'bn' }, manager);
    expect((await t.ok('reports.closedMonths', {}, manager))[0]).toMatchObject({ month, revised: false });
    // Mitali's case closed on 30/10 after the month was closed.
    await t.ok(
      'cases.close',
      { id: cases.second ?? 0, outcome: 'marriage_averted', closedOn: '2026-10-30', withOpenActions: true },
      manager,
    );
    const again = await t.ok('reports.monthlyPdf', { month, language: 'bn' }, manager);
    expect(again.contentBase64).toBe(first.contentBase64);
    const listed = (await t.ok('reports.closedMonths', {}, manager))[0];
    expect(listed?.revised).toBe(true);
    expect(listed?.changesSinceClosed).toContainEqual({ path: 'atAGlance.marriagesAverted', before: 1, after: 2 });
    const revision = await t.ok('reports.closeMonth', { month }, manager);
    expect(revision.version).toBe(2);
    const versions = t.host.database.sqlite
      .prepare('SELECT version FROM monthly_report_versions WHERE month = ? ORDER BY version')
      .pluck()
      .all(month);
    expect(versions).toEqual([1, 2]);
    expect(await t.raw('reports.closeMonth', { month }, manager)).toMatchObject({
      ok: false,
      error: { key: 'errors.monthlyReport.nothingChanged' },
    });
    // The audit log says both closings in the reader's language.
    const closings = t.host.database.db.select().from(auditLog).where(eq(auditLog.action, 'reports.closeMonth')).all();
    const said = (lang: 'en' | 'bn') =>
      closings.map((row) => `${auditRecord(auditTranslate(lang), lang, row)} · ${auditDetails(auditTranslate(lang), lang, row)}`);
    expect(said('en')).toEqual([
      'Monthly report October 2026 · Closed and signed: version 1',
      `Monthly report October 2026 · Revised and signed: version 2, ${revision.changes?.length} figures changed`,
    ]);
    // 19: the first version withheld section 2's outcomes too (their total is the cases closed), the revision does not.
    expect(revision.changes?.length).toBe(19);
    expect(said('bn')[1]).toBe('মাসিক রিপোর্ট অক্টোবর ২০২৬ · সংশোধিত ও স্বাক্ষরিত: সংস্করণ ২, ১৯টি সংখ্যা বদলেছে');
  });

  it('the workbook has one sheet per section', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const file = await t.ok('reports.monthlyExcel', { month, language: 'en' }, manager);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toHaveLength(11);
    expect(workbook.worksheets[1]?.name).toBe('1. At a glance');
  });

  it('prints the sections in the office’s order, without those switched off, numbered as printed', async () => {
    const { monthlySections } = await import('../../../electron/shared/monthlyReport');
    const order = ['cover', 'escalations', ...monthlySections.filter((x) => x !== 'cover' && x !== 'escalations')];
    const sections = order.map((section) => ({ section, on: section !== 'sponsorship' }));
    expect(await t.raw('reports.monthlySections', { sections: sections.slice(1) }, manager)).toMatchObject({ ok: false });
    await t.ok('reports.monthlySections', { sections: sections as never }, manager);
    // September is not closed: printed as the office now orders it (a closed month keeps the order it was signed with).
    const text = pdfText((await t.ok('reports.monthlyPdf', { month: '2026-09', language: 'en' }, manager)).contentBase64, 'ordered.pdf');
    expect(text).toContain('1. Escalations');
    expect(text).toContain('2. At a glance');
    expect(text).not.toContain('Sponsorship');
    const file = await t.ok('reports.monthlyExcel', { month: '2026-09', language: 'en' }, manager);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(10);
    const closedOctober = pdfText((await t.ok('reports.monthlyPdf', { month, language: 'en' }, manager)).contentBase64, 'october.pdf');
    expect(closedOctober).toContain('1. At a glance');
  });
});
