import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, TestHost } from '../testHost';
import { octoberFixture } from './fixture';

let t: TestHost & { admin: Caller };
let manager: Caller;
let cases: Record<string, number>;
let policeReferral: number;
const month = '2026-10';

const dir = mkdtempSync(join(tmpdir(), 'firs-'));
function pdfText(base64: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  ({ t, manager, cases } = await octoberFixture());
  // Mitali's marriage (reported 25/10) referred to Basirhat police on 26/10; their FIR came on 28/10.
  policeReferral = (
    await t.ok(
      'cases.refer',
      {
        caseId: cases.second ?? 0,
        authority: 'police',
        authorityName: 'Basirhat Police Station',
        referredOn: '2026-10-26',
        reason: 'Marriage fixed for a girl of 16',
        consent: { waiver: 'emergency', note: 'Marriage in two days' },
      },
      manager,
    )
  ).id;
});
afterAll(() => t.cleanup());

describe('FIRs', () => {
  it('refuses an FIR dated before the report, in the future, on a referral not to the police, or recorded twice', async () => {
    const fir = { caseId: cases.second ?? 0, referralId: policeReferral, firNumber: '412/2026', policeStation: 'Basirhat Police Station' };
    expect(await t.raw('cases.recordFir', { ...fir, lodgedOn: '2026-10-20' }, manager)).toMatchObject({
      ok: false,
      error: { field: 'lodgedOn', key: 'errors.firBeforeReport' },
    });
    expect(await t.raw('cases.recordFir', { ...fir, lodgedOn: '2026-11-30' }, manager)).toMatchObject({
      ok: false,
      error: { field: 'lodgedOn', key: 'errors.dateFuture' },
    });
    const cwc = t.host.database.sqlite.prepare("SELECT id FROM case_referrals WHERE authority = 'cwc'").pluck().get() as number;
    expect(await t.raw('cases.recordFir', { ...fir, referralId: cwc, lodgedOn: '2026-10-28' }, manager)).toMatchObject({
      ok: false,
      error: { field: 'referralId', key: 'errors.firReferral' },
    });
    expect(await t.raw('cases.recordFir', { ...fir, firNumber: '', lodgedOn: '2026-10-28' }, manager)).toMatchObject({
      ok: false,
      error: { field: 'firNumber' },
    });
    await t.ok('cases.recordFir', { ...fir, lodgedOn: '2026-10-28' }, manager);
    const again = await t.raw('cases.recordFir', { ...fir, policeStation: 'basirhat  police station', lodgedOn: '2026-10-28' }, manager);
    expect(again).toMatchObject({ ok: false, error: { field: 'firNumber', key: 'errors.firDuplicate' } });
    if (!again.ok) expect(again.error.message).toBe('FIR 412/2026 of basirhat  police station is already recorded');
  });

  it('writes the FIR on the case’s timeline and in the audit log', async () => {
    expect(await t.ok('cases.firs', { caseId: cases.second ?? 0 }, manager)).toEqual([
      {
        id: expect.any(Number),
        referralId: policeReferral,
        firNumber: '412/2026',
        policeStation: 'Basirhat Police Station',
        lodgedOn: '2026-10-28',
      },
    ]);
    const file = await t.ok('cases.get', { id: cases.second ?? 0 }, manager);
    expect(file.entries.map((e) => [e.happenedOn, e.text])).toContainEqual(['2026-10-28', 'FIR 412/2026, Basirhat Police Station']);
    const audit = t.host.database.sqlite.prepare("SELECT summary FROM audit_log WHERE action = 'cases.recordFir'").pluck().all();
    expect(audit).toEqual([`${file.caseNumber}: FIR 412/2026, Basirhat Police Station (2026-10-28)`]);
  });

  it('counts FIRs in section 3, apart from the referrals to the police, in English and in Bengali', async () => {
    const { figures } = await t.ok('reports.monthlyFigures', { month }, manager);
    // One FIR (28/10) on one police referral (26/10): the same number, counted from different rows.
    expect(figures.childMarriage.firs).toBe(1);
    expect(figures.childMarriage.referrals.made.police).toBe(1);
    // November's report has the referral and the FIR in neither.
    expect((await t.ok('reports.monthlyFigures', { month: '2026-11' }, manager)).figures.childMarriage.firs).toBe(0);
    const en = pdfText((await t.ok('reports.monthlyPdf', { month, language: 'en' }, manager)).contentBase64, 'en.pdf');
    expect(en).toMatch(/FIRs lodged by the police\s+1\n/);
    const bn = pdfText((await t.ok('reports.monthlyPdf', { month, language: 'bn' }, manager)).contentBase64, 'bn.pdf');
    expect(bn).toMatch(/পুলিশের দায়ের করা এফআইআর\s+১\n/);
  });
});
