import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, caseAttachments, caseEntries, cases } from '../../../electron/db/schema';
import { cwcReferral, marriageCase, priyaMondal } from '../../fixtures/office';
import { officeWithAdmin, userWithRole, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);

async function officeWithCase() {
  const office = await officeWithAdmin();
  t = office;
  const worker = await userWithRole(office, office.admin, 'mitali', 'case_worker');
  const other = await userWithRole(office, office.admin, 'sabir', 'case_worker');
  const clerk = await userWithRole(office, office.admin, 'rina', 'data_entry');
  const priya = await office.ok('children.create', priyaMondal(), office.admin);
  const created = await office.ok(
    'cases.create',
    marriageCase([priya.id], {
      reporterName: 'Sabita Das (volunteer)',
      summary: 'Marriage being arranged for February; the family has fixed a groom in Hasnabad.',
      village: 'Uttar Bagundi',
      gramPanchayat: 'Bagundi',
      riskReason: 'Date fixed, girl is 16',
      plannedMarriageOn: '2027-02-10',
      firstAction: { description: 'Home visit with the ICDS worker', dueOn: '2026-11-22' },
    }),
    worker,
  );
  return { office, worker, other, clerk, priya, created };
}

describe('case files', () => {
  it('opens a case with a number, a first timeline entry, its worker and a next action', async () => {
    const { office, worker, created } = await officeWithCase();
    expect(created.caseNumber).toBe('BSH/2026/0001');
    const file = await office.ok('cases.get', { id: created.id }, worker);
    expect(file).toMatchObject({ status: 'open', riskLevel: 'high', types: ['child_marriage'], workers: [{ fullName: 'mitali tester' }] });
    expect(file.entries).toHaveLength(1);
    expect(file.actions[0]).toMatchObject({ description: 'Home visit with the ICDS worker', dueOn: '2026-11-22', doneOn: null });
    // PCMA 2006: a girl born 01/05/2010 is 16 on 10/02/2027.
    expect(file.children[0]?.pcma).toMatchObject({ ageOnDate: 16, minimumAge: 18, underAge: true, approximate: false });
  });

  it('refuses a case without a child, or with a due date before the report date, and saves nothing', async () => {
    const { office, worker, priya } = await officeWithCase();
    const base = {
      types: ['abuse'] as const,
      reporterKind: 'school' as const,
      reportedOn: '2026-11-20',
      summary: 'x',
      riskLevel: 'medium' as const,
      riskReason: 'y',
    };
    expect(await office.raw('cases.create', { ...base, childIds: [] }, worker)).toMatchObject({
      ok: false,
      error: { field: 'childIds', key: 'errors.caseChild' },
    });
    expect(
      await office.raw(
        'cases.create',
        { ...base, childIds: [priya.id], firstAction: { description: 'Visit', dueOn: '2026-11-19' } },
        worker,
      ),
    ).toMatchObject({ ok: false, error: { field: 'firstAction.dueOn', key: 'errors.dueBeforeReport' } });
    expect(office.host.database.db.select().from(cases).all()).toHaveLength(1);
  });

  it('keeps a case from users who are not assigned to it, and audits who opened it', async () => {
    const { office, worker, other, clerk, priya, created } = await officeWithCase();
    expect(await office.raw('cases.get', { id: created.id }, other)).toMatchObject({
      ok: false,
      status: 403,
      error: { code: 'case_confidential' },
    });
    expect(await office.raw('cases.get', { id: created.id }, clerk)).toMatchObject({
      ok: false,
      status: 403,
      error: { code: 'forbidden' },
    });
    expect((await office.ok('cases.list', {}, other)).total).toBe(0);
    expect((await office.ok('cases.list', {}, worker)).total).toBe(1);
    expect((await office.ok('cases.list', {}, office.admin)).total).toBe(1);
    // The register shows that the child has a case, and to whom it may be opened.
    expect((await office.ok('cases.workers', {}, worker)).map((u) => u.fullName)).toEqual(['Anita Sen', 'mitali tester', 'sabir tester']);
    // A child marriage case: not even its number or status, only whom to ask.
    expect(await office.ok('cases.forChild', { childId: priya.id }, clerk)).toEqual([
      { id: created.id, caseNumber: null, status: null, canOpen: false, askWorker: 'mitali tester' },
    ]);

    await office.ok('cases.get', { id: created.id }, worker);
    await office.ok('cases.get', { id: created.id }, worker); // the page reading again after a change
    await office.ok('cases.get', { id: created.id }, office.admin);
    const reads = office.host.database.db
      .select()
      .from(auditLog)
      .all()
      .filter((a) => a.action === 'cases.open');
    expect(reads.map((r) => r.username)).toEqual(['mitali', 'anita']);
    const refused = office.host.database.db
      .select()
      .from(auditLog)
      .all()
      .filter((a) => a.action === 'cases.refused');
    expect(refused.map((r) => r.username)).toEqual(['sabir']);
  });

  it('adds timeline entries with attachments, refusing files too large or of the wrong type', async () => {
    const { office, worker, created } = await officeWithCase();
    const documentEntry = (text: string, fileName: string, bytes: Buffer) => ({
      caseId: created.id,
      happenedOn: '2026-11-22',
      kind: 'document' as const,
      text,
      attachment: { fileName, contentBase64: bytes.toString('base64') },
    });
    const entry = await office.ok('cases.addEntry', documentEntry('Birth certificate from the panchayat', 'birth.png', png), worker);
    const file = await office.ok('cases.get', { id: created.id }, worker);
    expect(file.entries[0]).toMatchObject({
      id: entry.id,
      kind: 'document',
      attachments: [{ fileName: 'birth.png', mimeType: 'image/png' }],
    });
    const attachmentId = file.entries[0]?.attachments[0]?.id ?? 0;
    const download = await office.ok('cases.attachment', { id: attachmentId }, worker);
    expect(Buffer.from(download.contentBase64, 'base64').equals(png)).toBe(true);

    const tooBig = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    expect(await office.raw('cases.addEntry', documentEntry('scan', 'scan.png', tooBig), worker)).toMatchObject({
      ok: false,
      error: { field: 'attachment', code: 'attachment_too_large', message: expect.stringContaining('scan.png') },
    });
    const program = Buffer.from('MZ\u0090\u0000program');
    expect(await office.raw('cases.addEntry', documentEntry('x', 'consent.pdf.exe', program), worker)).toMatchObject({
      ok: false,
      error: { field: 'attachment', code: 'attachment_type' },
    });
    expect(office.host.database.db.select().from(caseEntries).all()).toHaveLength(2);
    expect(office.host.database.db.select().from(caseAttachments).all()).toHaveLength(1);
    expect(readdirSync(join(office.dataDir, 'attachments', `case-${created.id}`))).toHaveLength(1);
  });

  it('follows next actions: due today and overdue come first in "my cases"', async () => {
    const { office, worker, created } = await officeWithCase();
    const rahim = await office.ok('children.create', { nameEn: 'Rahim Sk.', sex: 'male', ageYears: 12 }, office.admin);
    await office.ok(
      'cases.create',
      {
        types: ['dropped_out'],
        childIds: [rahim.id],
        reporterKind: 'school',
        reportedOn: '2026-11-23',
        summary: 'Stopped coming',
        riskLevel: 'low',
        riskReason: 'Ill?',
        firstAction: { description: 'Call school', dueOn: '2026-12-05' },
      },
      worker,
    );
    const mine = await office.ok('cases.list', { mine: true }, worker);
    expect(mine.rows.map((r) => [r.caseNumber, r.nextDue, r.childCodes, r.workers])).toEqual([
      ['BSH/2026/0001', '2026-11-22', 'BSH-C00001', 'mitali tester'],
      ['BSH/2026/0002', '2026-12-05', 'BSH-C00002', 'mitali tester'],
    ]);
    expect((await office.ok('cases.list', { dueBy: '2026-11-24' }, worker)).rows.map((r) => r.id)).toEqual([created.id]);
    const file = await office.ok('cases.get', { id: created.id }, worker);
    await office.ok('cases.completeAction', { id: file.actions[0]?.id ?? 0 }, worker);
    expect((await office.ok('cases.list', { dueBy: '2026-11-24' }, worker)).total).toBe(0);
    expect(
      await office.raw('cases.addAction', { caseId: created.id, description: 'Too early', dueOn: '2026-11-01' }, worker),
    ).toMatchObject({ ok: false, error: { field: 'dueOn' } });
  });

  it('refers, closes with an outcome that the summary counts, and reopens with a reason', async () => {
    const { office, worker, created } = await officeWithCase();
    const referral = await office.ok('cases.refer', cwcReferral(created.id, { reason: 'Planned marriage of a 16-year-old girl' }), worker);
    expect(referral.status).toBe('sent');
    await office.ok('cases.updateReferral', { id: referral.id, status: 'acknowledged' }, worker);
    expect(await office.raw('cases.close', { id: created.id, outcome: 'marriage_averted', closedOn: '2026-11-19' }, worker)).toMatchObject({
      ok: false,
      error: { field: 'closedOn' },
    });
    const closing = {
      id: created.id,
      outcome: 'marriage_averted',
      outcomeNote: 'Family signed an undertaking before the CWC',
      closedOn: '2026-11-24',
    } as const;
    // The home visit of the first action is not done: closing asks to be confirmed, and nothing is written until it is.
    expect(await office.raw('cases.close', closing, worker)).toMatchObject({
      ok: false,
      status: 409,
      error: { key: 'errors.caseOpenActions', values: { count: 1 }, field: 'withOpenActions' },
    });
    expect((await office.ok('cases.get', { id: created.id }, worker)).status).toBe('open');
    // An outcome of another kind of case only when chosen under "other outcomes".
    expect(
      await office.raw('cases.close', { ...closing, outcome: 'withdrawn_from_work_enrolled', withOpenActions: true }, worker),
    ).toMatchObject({ ok: false, error: { key: 'errors.outcomeNotFitting', field: 'outcome' } });
    await office.ok('cases.close', { ...closing, withOpenActions: true }, worker);

    const summary = await office.ok('cases.outcomeSummary', { from: '2026-01-01', to: '2026-12-31' }, office.admin);
    expect(summary.rows.find((r) => r.type === 'child_marriage')).toMatchObject({
      opened: 1,
      closed: 1,
      byOutcome: { marriage_averted: 1 },
    });
    expect(summary.total).toMatchObject({ opened: 1, closed: 1 });
    expect(await office.raw('cases.outcomeSummary', { from: '2026-01-01', to: '2026-12-31' }, worker)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect((await office.ok('cases.outcomeSummary', { from: '2025-01-01', to: '2025-12-31' }, office.admin)).total.closed).toBe(0);

    await office.ok('cases.reopen', { id: created.id, reason: 'Family fixed a new date' }, worker);
    const file = await office.ok('cases.get', { id: created.id }, worker);
    expect(file).toMatchObject({ status: 'open', outcome: null });
    expect(file.entries.filter((e) => e.kind === 'status').map((e) => e.text)).toEqual([
      expect.stringContaining('reopened'),
      expect.stringContaining('marriage_averted'),
    ]);
  });

  it('exports the case list with child codes, never names', async () => {
    const { office, worker } = await officeWithCase();
    const file = await office.ok('cases.export', {}, worker);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const cells = JSON.stringify(sheet?.getSheetValues());
    expect(cells).toContain('BSH/2026/0001');
    expect(cells).toContain('BSH-C00001');
    expect(cells).not.toContain('Priya');
    expect(sheet?.getRow(3).getCell(2).value).toBe('Child marriage');
  });
});
