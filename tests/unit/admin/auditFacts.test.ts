import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { auditLog } from '../../../electron/db/schema';
import { auditDetails, auditRecord, type AuditRow } from '../../../electron/shared/auditWords';
import { auditTranslate } from '../../../electron/admin/auditWordsIn';
import { en } from '../../../renderer/i18n/en/index';
import { bn } from '../../../renderer/i18n/bn/index';
import { communityFixture } from '../community/fixture';
import { girlForWork } from '../safetynet/fixture';
import { officeWithAdmin, type Caller, type TestHost } from '../testHost';

const electronDir = join(import.meta.dirname, '../../../electron');

/**
 * Entries that keep no facts, each for its reason. The monthly report's notes, sections and closing
 * (electron/reports/monthly/) are another helper's files: they still show their stored details.
 */
const withoutFacts = new Map<string, string>([['denied', 'its Record column names the method refused, from the action words']]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every audit entry written in the source: the object literal around each `action: '…'`. */
function auditEntriesInSource(): { file: string; action: string; text: string }[] {
  const found: { file: string; action: string; text: string }[] = [];
  for (const file of sourceFiles(electronDir)) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/action: '([\w.]+)'/g)) {
      let depth = 0;
      let start = m.index;
      for (; start >= 0; start--) {
        if (src[start] === '}') depth++;
        else if (src[start] === '{' && depth-- === 0) break;
      }
      depth = 0;
      let end = m.index;
      for (; end < src.length; end++) {
        if (src[end] === '{') depth++;
        else if (src[end] === '}' && depth-- === 0) break;
      }
      const action = m[1] ?? '';
      // Electron's window-open handler answers { action: 'deny' }: not an audit entry.
      if (action !== 'deny') found.push({ file, action, text: src.slice(start, end + 1) });
    }
  }
  return found;
}

/** Entries whose action and record say all there is: their Details column stays empty. */
const saidByActionAndRecord = new Set([
  'auth.login',
  'auth.logout',
  'auth.changePassword',
  'children.create',
  'sponsoredChildren.create',
  'volunteers.create',
  'agents.create',
  'agents.update',
  'agents.get',
  'migrations.get',
]);

/** The catalogue's sentence for an action, in any of its plural or variant forms. */
function sentences(catalogue: typeof en | typeof bn, action: string): string[] {
  const parts = action.split('.');
  const last = parts.pop() ?? '';
  let node: unknown = catalogue.auditFacts.details;
  for (const part of parts) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node)
    .filter(([key, value]) => (key === last || key.startsWith(`${last}_`)) && typeof value === 'string')
    .map(([, value]) => value as string);
}

describe('every audit entry keeps its facts', () => {
  const entries = auditEntriesInSource();

  it('finds the audit entries in the source', () => {
    expect(entries.length).toBeGreaterThan(80);
  });

  it.each(entries.filter((e) => !withoutFacts.has(e.action)).map((e) => [e.action, e.file.slice(electronDir.length + 1), e.text]))(
    '%s in %s keeps facts',
    (_action, _file, text) => {
      expect(text).toMatch(/\bfacts\b/);
    },
  );

  const actions = [...new Set(entries.map((e) => e.action))].filter((a) => !withoutFacts.has(a) && !saidByActionAndRecord.has(a));
  it.each(actions)('%s has its sentence in both languages', (action) => {
    expect(sentences(en, action).length).toBeGreaterThan(0);
    expect(sentences(bn, action).length).toBe(sentences(en, action).length);
    // A Bengali sentence has no English words of its own: only the values it is filled with.
    for (const sentence of sentences(bn, action)) expect(sentence.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[A-Za-z]/);
  });
});

describe('the audit log of a month’s work, read in Bengali', () => {
  let t: TestHost & { admin: Caller };
  let rows: AuditRow[] = [];

  beforeAll(async () => {
    t = await officeWithAdmin();
    const admin = t.admin;
    const ok: Parameters<typeof communityFixture>[0]['ok'] = (method, input) => t.ok(method, input, admin);
    const f = await communityFixture({ ok });
    await ok('meetings.minutes', { meetingId: f.july.id, language: 'bn' });
    await ok('committees.export', {});
    const [committee] = await ok('committees.list', {});
    if (!committee) throw new Error('the fixture has committees');
    await ok('committees.update', {
      id: committee.id,
      version: committee.version,
      name: committee.name,
      level: committee.level,
      area: `${committee.area} Para`,
      gramPanchayat: committee.gramPanchayat,
      formedOn: '2026-01-05',
    });
    await ok('activities.export', {});
    await ok('stakeholders.export', {});

    const club = await ok('reportingPoints.create', { kind: 'club', name: 'Bagundi Yuva Sangha', village: 'Uttar Bagundi' });
    await ok('reportingPoints.blankRegisterPdf', { id: club.id, language: 'bn' });
    const agent = await ok('agents.create', { name: 'Bapi Sheikh', phones: '9830098300' });
    await ok('agents.update', { id: agent.id, name: 'Bapi Sheikh', phones: '9830098301' });
    await ok('agents.get', { id: agent.id });
    const girl = await ok('migrations.create', girlForWork(club.id));
    await ok('migrations.get', { id: girl.id });
    await ok('migrations.update', {
      id: girl.id,
      version: girl.version,
      ...girlForWork(club.id, { purposeDetail: 'work in a garment unit' }),
    });
    await ok('migrations.checkIn', { id: girl.id, checkedOn: '2026-11-20', method: 'phone', outcome: 'worried' });
    await ok('migrations.overrideLevel', { id: girl.id, level: 'high', reason: 'The mother cries on the phone' });
    await ok('migrations.recordReturn', { id: girl.id, returnedOn: '2026-11-23', condition: 'rescued' });
    await ok('migrations.monthReportExport', { month: '2026-11', withNames: true });
    await ok('migrations.registerPdf', { month: '2026-11', language: 'bn' });

    await ok('settings.update', { attendanceThresholdPercent: 70, cpcQuorumPercent: 60 });
    await ok('office.update', { ...(await ok('office.get', {})), phone: '03217 255 255' });
    const volunteer = await ok('volunteers.create', { name: 'Sabita Mondal', phone: null, villages: ['Khejurtala'] });
    await ok('volunteers.update', { id: volunteer.id, name: 'Sabita Mondal', phone: null, villages: ['Khejurtala'], active: false });
    await ok('volunteers.export', {});
    const child = await ok('children.create', { nameEn: 'Rahim Sheikh', sex: 'male', ageYears: 11, village: 'Dakshin Para' });
    await ok('children.update', {
      id: child.id,
      version: (await ok('children.get', { id: child.id })).version,
      nameEn: 'Rahim Sk',
      sex: 'male',
      ageYears: 11,
      village: 'Uttar Para',
      classGrade: 5,
    });
    await ok('children.export', {});
    await ok('cases.export', {});

    rows = t.host.database.db.select().from(auditLog).all();
  });
  afterAll(() => t.cleanup());

  it('keeps facts for every entry written', () => {
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((r) => !r.facts).map((r) => r.action)).toEqual([]);
  });

  it('says every entry in Bengali without a code, a row number or an English word of the app', () => {
    const t_ = auditTranslate('bn');
    for (const row of rows) {
      const text = `${auditRecord(t_, 'bn', row)} ${auditDetails(t_, 'bn', row)}`;
      // What people typed (names, places, file names) stays as typed; nothing else is Latin.
      const typed = Object.values(row.facts ?? {})
        .flatMap((v) => (Array.isArray(v) ? [] : [v]))
        .filter((v): v is string => typeof v === 'string' && !/^[a-z]+(?:_[a-z0-9]+)*$|^[a-z]+[A-Z]\w*$|^\d{4}-\d{2}/.test(v));
      let rest = text;
      for (const value of typed.sort((a, b) => b.length - a.length)) rest = rest.split(value).join('');
      expect(rest, `${row.action}: ${text}`).not.toMatch(/[A-Za-z0-9#{}]/);
    }
  });

  it('says a departure, a meeting and a setting as a person reads them, in both languages', () => {
    const line = (lang: 'en' | 'bn', action: string) => {
      const row = rows.find((r) => r.action === action);
      if (!row) throw new Error(`no ${action} entry`);
      return `${auditRecord(auditTranslate(lang), lang, row)} · ${auditDetails(auditTranslate(lang), lang, row)}`;
    };
    expect(line('en', 'migrations.checkIn')).toMatch(/^Departure BSH-C\d+ · Phone call on 20\/11\/2026: Reached, but worried$/);
    expect(line('bn', 'migrations.recordReturn')).toMatch(/^চলে যাওয়া BSH-C\d+ · ২৩\/১১\/২০২৬ তারিখে ফিরেছেন: উদ্ধার/);
    expect(line('en', 'migrations.update')).toMatch(/Changed: purpose in detail$/);
    expect(line('en', 'committees.removeMember')).toMatch(/^Committee .+ · .+ left on 01\/09\/2026$/);
    expect(line('bn', 'settings.update')).toMatch(/^সেটিং · মাসিক হাজিরা এর কম \(%\): ৭০$/);
    expect(line('en', 'committees.update')).toMatch(/^Committee .+ · Changed: area it covers, date formed$/);
    expect(line('bn', 'committees.update')).toMatch(/^কমিটি .+ · বদলানো হল: যে এলাকার কমিটি, গঠনের তারিখ$/);
    expect(line('en', 'volunteers.update')).toBe('Volunteer Sabita Mondal · deactivated');
    expect(line('en', 'children.update')).toMatch(/Changed: name in English, village, class$/);
  });

  it('exports the audit log with its Record and Details in the export’s language', async () => {
    await t.ok('auth.setLanguage', { language: 'bn' }, t.admin);
    const file = await t.ok('audit.export', { q: 'migrations' }, t.admin);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const cells: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.some((c) => /তারিখে ফিরেছেন: উদ্ধার/.test(c))).toBe(true);
    expect(cells.some((c) => c.includes('departures#'))).toBe(false);
    expect(cells.some((c) => /returned 2026-11-23/.test(c))).toBe(false);
  });
});
