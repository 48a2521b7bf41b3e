import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../electron/db/schema';
import { pdfPages } from '../../fixtures/pdf/popplerText';
import { officeWithAdmin, userWithRole, type TestHost } from '../testHost';
import { flagChild, flaggedSchool, registerMonth } from './worklistSeed';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

/** An office where Sabita has the four flagged children of the school, and Jahanara has nobody yet. */
async function volunteersWithChildren() {
  const o = await officeWithAdmin();
  t = o;
  const kids = await flaggedSchool(o);
  const sabita = await o.ok(
    'volunteers.create',
    { name: 'Sabita Das', phone: '9830012345', villages: ['Uttar Bagundi', 'Khejurtala'] },
    o.admin,
  );
  const jahanara = await o.ok('volunteers.create', { name: 'Jahanara Bibi', villages: ['Ghoshpur'] }, o.admin);
  await o.ok(
    'worklist.assign',
    { childIds: [kids.priya.id, kids.mousumi.id, kids.rafiq.id, kids.sahil.id], volunteerId: sabita.id },
    o.admin,
  );
  return { o, kids, sabita, jahanara };
}

const pdfOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Renders every page to PNG at 60 dpi, as a person would look at it, and returns the page files.
 * With VISIT_LIST_PNG_DIR set the PDF and PNGs are kept there to be looked at.
 */
function pagesAsPng(pdf: Buffer, name: string): string[] {
  const keep = process.env.VISIT_LIST_PNG_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'suraksha-visitlist-'));
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, name)]);
    return readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

interface Span {
  x: number;
  y: number;
  text: string;
}

/** Each run of text on a page with where it starts: pdftotext -bbox, one "word" per drawn run. */
function spansOf(pdf: Buffer, page: number): { height: number; spans: Span[] } {
  const dir = mkdtempSync(join(tmpdir(), 'suraksha-visitlist-'));
  try {
    const file = join(dir, 'list.pdf');
    writeFileSync(file, pdf);
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], {
      encoding: 'utf8',
    });
    const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)?.[1]);
    const spans = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      text: (m[3] ?? '').replace(/&(\w+);/g, (all, name: string) => entities[name] ?? all).trim(),
    }));
    return { height, spans };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of each column of the table on a page, top to bottom, found under its heading: what a
 * reader sees running down a column, free of pdftotext's guesses about which cells make a line.
 */
function tableColumns(pdf: Buffer, page: number, headings: string[]): Record<string, string> {
  const { height, spans: all } = spansOf(pdf, page);
  // Above the page footer (reportFrame's 52 pt bottom margin), which is no part of the table.
  const spans = all.filter((s) => s.y < height - 52);
  const starts = headings.map((heading) => {
    const span = spans.find((s) => s.text !== '' && heading.startsWith(s.text));
    if (!span) throw new Error(`no column headed ${heading}`);
    return { heading, x: span.x, y: span.y };
  });
  const top = Math.min(...starts.map((s) => s.y));
  const columns: Record<string, string> = {};
  starts.forEach((start, index) => {
    const end = starts[index + 1]?.x ?? Number.POSITIVE_INFINITY;
    columns[start.heading] = spans
      .filter((s) => s.y >= top && s.x >= start.x - 1 && s.x < end - 1)
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((s) => s.text)
      .join(' ');
  });
  return columns;
}

const englishHeadings = [
  'Child',
  'Guardian',
  'Village / para',
  'School',
  'Class',
  'Why flagged',
  'Last month’s attendance',
  'Date visited',
  'What was found',
];
const bengaliHeadings = [
  'শিশু',
  'অভিভাবক',
  'গ্রাম / পাড়া',
  'বিদ্যালয়',
  'শ্রেণি',
  'তালিকায় কেন',
  'গত মাসের উপস্থিতি',
  'যাওয়ার তারিখ',
  'কী দেখা গেল',
];

/** What a printed visit list says, checked the same way in either language. */
interface PrintedList {
  says: string[];
  /** A child's name the list must not print. */
  never: string;
  /** The first page's columns under their headings, exactly. */
  columns: Record<string, string>;
  /** Columns whose cells wrap over lines, compared with white space folded. */
  wrapped: Record<string, string>;
}

function expectPrinted(pdf: Buffer, headings: string[], expected: PrintedList): void {
  const text = oneLine(pdfPages(pdf).join('\n'));
  for (const words of expected.says) expect(text).toContain(words);
  expect(text).not.toContain(expected.never);
  const column = tableColumns(pdf, 1, headings);
  for (const [heading, words] of Object.entries(expected.columns)) expect(column[heading]).toBe(words);
  for (const [heading, words] of Object.entries(expected.wrapped)) expect(oneLine(column[heading] ?? '')).toBe(words);
}

describe('visit list for a volunteer', () => {
  it('lists in English the children she still has to visit, by village then risk, with why and last month’s attendance', async () => {
    const { o, sabita } = await volunteersWithChildren();
    const file = await o.ok('worklist.visitList', { volunteerId: sabita.id, weekOf: '2026-11-23', language: 'en' }, o.admin);
    expect(file.fileName).toBe('visit-list-sabita-das-2026-11-23-en.pdf');
    const pdf = pdfOf(file);
    expect(pdfPages(pdf)).toHaveLength(1);
    expectPrinted(pdf, englishHeadings, {
      says: [
        'Home visits for Sabita Das — week of 23/11/2026',
        'Jabala Action Research Organisation',
        'Phone: 9830012345 · Villages: Uttar Bagundi, Khejurtala · Children to visit: 4',
        'Sabita Das, week of 23/11/2026. Confidential: names of children at risk',
      ],
      never: 'Anjali',
      // Khejurtala before Uttar Bagundi; within a village the most urgent first.
      columns: {
        Child: 'Child Rafiq Sheikh BSH-C00003 Sahil Biswas BSH-C00004 Mousumi Das BSH-C00002 Priya Mondal BSH-C00001',
        Guardian: 'Guardian Amina Bibi (mother) Tapan Biswas (father) Gopal Das (father) Rahima Mondal (mother)',
        'Village / para': 'Village / para Khejurtala Bagundi GP Khejurtala Bagundi GP Uttar Bagundi Bagundi GP Uttar Bagundi Bagundi GP',
        Class: 'Class VI-A V-A VIII-A VII-A',
        // Left for the volunteer to fill in by hand.
        'Date visited': 'Date visited',
        'What was found': 'What was found',
      },
      wrapped: {
        'Why flagged':
          'Why flagged ' +
          '• Absent 11 school days in a row (from 06/11/2026) • Attended 10.5 of 22 days (48%) in November 2026 ' +
          'Attendance falling 3 months: 91%, 77%, 68% ' +
          'Not on the school’s register for November 2026 (was on it in October 2026) ' +
          'Attended 12 of 22 days (55%) in November 2026',
        'Last month’s attendance':
          'Last month’s attendance ' +
          '10.5 of 22 days, 48% November 2026 15 of 22 days, 68% November 2026 18 of 23 days, 78% October 2026 12 of 22 days, 55% November 2026',
      },
    });
    expect(pagesAsPng(pdf, 'en')).not.toHaveLength(0);

    const printed = o.host.database.db
      .select()
      .from(auditLog)
      .all()
      .filter((a) => a.action === 'worklist.visitList');
    expect(printed.map((a) => a.summary)).toEqual(['Sabita Das, week of 2026-11-23 (en): 4 children']);
  });

  it('prints in Bengali with Bengali names, words and digits that pdftotext reads back', async () => {
    const { o, sabita } = await volunteersWithChildren();
    const pdf = pdfOf(await o.ok('worklist.visitList', { volunteerId: sabita.id, weekOf: '2026-11-23', language: 'bn' }, o.admin));
    expectPrinted(pdf, bengaliHeadings, {
      says: [
        'Sabita Das-এর গৃহ পরিদর্শন — ২৩/১১/২০২৬ তারিখের সপ্তাহ',
        'ফোন: ৯৮৩০০১২৩৪৫ · গ্রাম: Uttar Bagundi, Khejurtala · যে শিশুদের বাড়ি যেতে হবে: ৪',
        'Sabita Das, ২৩/১১/২০২৬ তারিখের সপ্তাহ। গোপনীয়',
      ],
      never: 'Priya',
      columns: {
        শিশু: 'শিশু রফিক শেখ BSH-C00003 সাহিল বিশ্বাস BSH-C00004 মৌসুমী দাস BSH-C00002 প্রিয়া মণ্ডল BSH-C00001',
        'যাওয়ার তারিখ': 'যাওয়ার তারিখ',
        'কী দেখা গেল': 'কী দেখা গেল',
      },
      wrapped: {
        'তালিকায় কেন':
          'তালিকায় কেন ' +
          '• ০৬/১১/২০২৬ থেকে টানা ১১ দিন বিদ্যালয়ে অনুপস্থিত • নভেম্বর ২০২৬-এ ২২ দিনের মধ্যে ১০.৫ দিন উপস্থিত (৪৮%) ' +
          'টানা ৩ মাস উপস্থিতি কমছে: ৯১%, ৭৭%, ৬৮% ' +
          'নভেম্বর ২০২৬-এর বিদ্যালয়ের রেজিস্টারে নাম নেই (অক্টোবর ২০২৬-এ ছিল) ' +
          'নভেম্বর ২০২৬-এ ২২ দিনের মধ্যে ১২ দিন উপস্থিত (৫৫%)',
        'গত মাসের উপস্থিতি':
          'গত মাসের উপস্থিতি ' +
          '২২ দিনের মধ্যে ১০.৫ দিন, ৪৮% নভেম্বর ২০২৬ ২২ দিনের মধ্যে ১৫ দিন, ৬৮% নভেম্বর ২০২৬ ' +
          '২৩ দিনের মধ্যে ১৮ দিন, ৭৮% অক্টোবর ২০২৬ ২২ দিনের মধ্যে ১২ দিন, ৫৫% নভেম্বর ২০২৬',
      },
    });
    expect(pagesAsPng(pdf, 'bn')).not.toHaveLength(0);
  });

  it('repeats the column headings on every page of a long list', async () => {
    const { o, kids, sabita } = await volunteersWithChildren();
    const more = [];
    for (let n = 1; n <= 12; n++) {
      const child = await o.ok(
        'children.create',
        { nameEn: `Child Number ${n}`, sex: 'female', ageYears: 10, village: 'Uttar Bagundi', schoolId: kids.school.id, classGrade: 4 },
        o.admin,
      );
      registerMonth(o, { childId: child.id, schoolId: kids.school.id, month: '2026-11', present: 15, open: 22 });
      flagChild(o, {
        childId: child.id,
        month: '2026-11',
        risk: 20,
        reasons: [{ code: 'low_attendance', values: { month: '2026-11', present: 15, open: 22, percent: 68.2 } }],
      });
      more.push(child.id);
    }
    await o.ok('worklist.assign', { childIds: more, volunteerId: sabita.id }, o.admin);
    const pdf = pdfOf(await o.ok('worklist.visitList', { volunteerId: sabita.id, weekOf: '2026-11-23', language: 'en' }, o.admin));
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const children = pages.map((_, index) => {
      // Throws when a page's table has no heading for one of the columns.
      const column = tableColumns(pdf, index + 1, englishHeadings);
      expect(column['Date visited']).toBe('Date visited');
      // Whose list it is, on every page.
      expect(pages[index]).toContain('Sabita Das, week of 23/11/2026');
      return (column['Child'] ?? '').match(/Child Number \d+|Rafiq Sheikh|Sahil Biswas|Mousumi Das|Priya Mondal/g) ?? [];
    });
    expect(children.every((names) => names.length > 0)).toBe(true);
    expect(children.flat()).toHaveLength(16);
    expect(pagesAsPng(pdf, 'long')).toHaveLength(pages.length);
  });

  it('leaves out children already visited or in a case, and says so when nobody is left', async () => {
    const { o, kids, sabita, jahanara } = await volunteersWithChildren();
    expect(await o.raw('worklist.visitList', { volunteerId: jahanara.id, weekOf: '2026-11-23', language: 'en' }, o.admin)).toMatchObject({
      ok: false,
      error: {
        key: 'errors.attendance.nobodyToVisit',
        message: 'Jahanara Bibi has no children to visit: assign children to her from the worklist first',
      },
    });
    const worker = await userWithRole(o, o.admin, 'mitali', 'case_worker');
    await o.ok(
      'followUps.create',
      { childId: kids.priya.id, visitDate: '2026-11-20', visitedBy: 'Sabita Das', finding: 'back_in_school' },
      worker,
    );
    await o.ok(
      'cases.create',
      {
        types: ['trafficking_suspected'],
        childIds: [kids.mousumi.id],
        reporterKind: 'school',
        reportedOn: '2026-11-21',
        summary: 'Left the village with an agent',
        riskLevel: 'critical',
        riskReason: 'Unknown agent',
      },
      worker,
    );
    const text = oneLine(
      pdfPages(pdfOf(await o.ok('worklist.visitList', { volunteerId: sabita.id, weekOf: '2026-11-23', language: 'en' }, worker))).join(
        '\n',
      ),
    );
    expect(text).toContain('Rafiq Sheikh');
    expect(text).toContain('Sahil Biswas');
    expect(text).not.toContain('Priya Mondal');
    expect(text).not.toContain('Mousumi Das');
    expect(text).toContain('Children to visit: 2');

    await o.ok('worklist.assign', { childIds: [kids.rafiq.id, kids.sahil.id], volunteerId: null }, worker);
    expect(await o.raw('worklist.visitList', { volunteerId: sabita.id, weekOf: '2026-11-23', language: 'bn' }, worker)).toMatchObject({
      ok: false,
      error: { key: 'errors.attendance.nobodyToVisit', values: { name: 'Sabita Das' } },
    });
  });
});
