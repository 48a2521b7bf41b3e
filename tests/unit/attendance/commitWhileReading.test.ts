import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useCommitWorker } from '../../../electron/attendance/commitRunner';
import { monthMarks } from './importFiles';
import { officeWithSchool, type Office } from './importFiles';
import { builtCommitWorker } from './workerBuild';

let worker = '';
let t: Office['t'] | undefined;
beforeAll(async () => {
  worker = await builtCommitWorker();
  useCommitWorker(worker);
});
afterAll(() => {
  useCommitWorker(undefined);
  rmSync(worker, { force: true });
});
afterEach(() => t?.cleanup());

const month = '2026-10';
const files = 200;
const childrenPerFile = 30;

/** A school's register for October as a CSV file, the way a school office saves one from its spreadsheet. */
function registerCsv(school: number): string {
  const marks = monthMarks(month, (d) => (d % 7 === 3 ? 'A' : 'P'));
  const header = ['Roll No', 'Name of the Student', 'Class', 'Sex', ...marks.map((_, i) => String(i + 1))];
  const rows = Array.from({ length: childrenPerFile }, (_, i) =>
    [String(i + 1), `Pupil ${school} ${String.fromCharCode(65 + (i % 26))}${i}`, '4', i % 2 ? 'M' : 'F', ...marks].join(','),
  );
  return [`UDISE: ${19112400000 + school} Attendance for the month of October 2026`, header.join(','), ...rows].join('\n');
}

describe('an import committing 200 files while others work', () => {
  it('answers searches and takes a case worker’s write while a file is being written, and imports every file', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const { host } = t;
    for (let s = 1; s <= files; s++) {
      await t.ok('schools.create', { name: `School ${s}`, udise: String(19112400000 + s), type: 'primary', village: `Gram ${s}` }, t.admin);
    }
    const batch = Array.from({ length: files }, (_, i) => ({
      name: `school-${i + 1}-oct.csv`,
      contentBase64: Buffer.from(registerCsv(i + 1)).toString('base64'),
    }));
    const preview = await t.ok('attendance.preview', { files: batch }, t.admin);
    expect(preview.files.filter((f) => f.ok)).toHaveLength(files);

    let finished = false;
    const commit = t.ok('attendance.commit', { previewId: preview.previewId }, t.admin).then((answer) => {
      finished = true;
      return answer;
    });

    // What a colleague sees meanwhile: each search's answer, and whether a file was being written as it came.
    const answers: { imports: number; duringFileWrite: boolean }[] = [];
    let added: { childCode: string } | null = null;
    while (!finished) {
      // Each request arrives as the network delivers it, in a turn of the event loop of its own.
      await new Promise((resolve) => setImmediate(resolve));
      const found = await t.ok('children.search', { q: 'Priya' }, t.admin);
      expect(found.rows.map((r) => r.nameEn)).toContain('Priya Mondal');
      const imports = await t.ok('attendance.imports', {}, t.admin);
      answers.push({ imports: imports.rows.length, duringFileWrite: host.writeTurn.workerWriting });
      if (!added && host.writeTurn.workerWriting) {
        added = await t.ok(
          'children.create',
          { nameEn: 'Mita Das', sex: 'female', ageYears: 9, schoolId: o.school.id, classGrade: 4, village: 'Uttar Bagundi' },
          t.admin,
        );
      }
    }
    const committed = await commit;

    expect(committed.files.filter((f) => f.status === 'imported')).toHaveLength(files);
    // Searches were answered before the import finished, some while one of its files was being written.
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.some((a) => a.duringFileWrite)).toBe(true);
    // They read what was committed so far: the imports grew under the colleague's eyes.
    const seen = new Set(answers.map((a) => a.imports));
    expect([...seen].some((n) => n > 0 && n < files)).toBe(true);

    // The colleague's child was saved, and child codes stayed one sequence without a gap or a double.
    expect(added).not.toBeNull();
    const codes = (host.database.sqlite.prepare('SELECT child_code AS code FROM children ORDER BY id').all() as { code: string }[]).map(
      (r) => Number(r.code.slice(-5)),
    );
    expect(codes).toHaveLength(3 + 1 + files * childrenPerFile);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Math.max(...codes)).toBe(codes.length);
    const audited = host.database.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'attendance.import'").get() as {
      n: number;
    };
    expect(audited.n).toBe(files);
  }, 120_000);
});
