import { afterEach, describe, expect, it } from 'vitest';
import { matchRows, normalRoll, type RegisterChild } from '../../../electron/attendance/matching';
import { schoolByName } from '../../../electron/attendance/schoolOfFile';
import { nameKeyOf } from '../../../electron/register/nameKey';
import { officeWithSchool, present, registerWorkbook } from './importFiles';
import type { TestHost } from '../testHost';

let nextId = 1;
function child(nameEn: string | null, classGrade: number | null, roll: string | null, nameBn: string | null = null): RegisterChild {
  const id = nextId++;
  return {
    id,
    childCode: `BSH-C${String(id).padStart(5, '0')}`,
    nameEn,
    nameBn,
    nameKey: nameKeyOf(nameEn, nameBn),
    classGrade,
    section: null,
    roll,
  };
}

describe('matching sheet rows to the register', () => {
  const priya = child('Priya Mondal', 3, '7');
  const sourav = child('Sourav Mondal', 3, '8');
  const rahim = child('Sk Rahim', 3, '12');
  const yasmin = child(null, 4, '3', 'ইয়াসমিন খাতুন');
  const register = [priya, sourav, rahim, yasmin];

  it('matches by class, roll and a spelling variant of the name', () => {
    const [a, b, c] = matchRows(
      [
        { name: 'Prya Mandal', class: 3, roll: '07' },
        { name: 'Sheikh Rahim', class: 3, roll: '১২' },
        { name: 'ইয়াসমিন খাতুন', class: 4, roll: '3' },
      ],
      register,
    );
    expect(a).toEqual({ kind: 'matched', childId: priya.id, childCode: priya.childCode });
    expect(b).toEqual({ kind: 'matched', childId: rahim.id, childCode: rahim.childCode });
    expect(c).toEqual({ kind: 'matched', childId: yasmin.id, childCode: yasmin.childCode });
  });

  it('matches by class and name when the sheet has no roll, and a child promoted to the next class', () => {
    const [a, b] = matchRows(
      [
        { name: 'Sourav Mondol', class: 3, roll: null },
        { name: 'Priya Mondal', class: 4, roll: '2' },
      ],
      register,
    );
    expect(a).toMatchObject({ kind: 'matched', childId: sourav.id });
    expect(b).toMatchObject({ kind: 'matched', childId: priya.id });
  });

  it('asks when the roll matches but the name clearly differs', () => {
    const [a] = matchRows([{ name: 'Rina Das', class: 3, roll: '7' }], register);
    expect(a).toEqual({
      kind: 'ambiguous',
      candidates: [{ childId: priya.id, childCode: priya.childCode, name: 'Priya Mondal', roll: '7', class: 3 }],
    });
  });

  it('asks when several children of the class have a similar name', () => {
    const twins = [child('Rima Khatun', 5, null), child('Rima Khatun', 5, null)];
    const [a] = matchRows([{ name: 'Rima Khatun', class: 5, roll: '4' }], twins);
    expect(a?.kind).toBe('ambiguous');
    expect(a?.kind === 'ambiguous' ? a.candidates.map((c) => c.childId) : []).toEqual(twins.map((t) => t.id));
  });

  it('never gives one register child to two rows', () => {
    const [a, b] = matchRows(
      [
        { name: 'Priya Mondal', class: 3, roll: null },
        { name: 'Priya Mandal', class: 3, roll: null },
      ],
      register,
    );
    expect(a?.kind).toBe('ambiguous');
    expect(b?.kind).toBe('ambiguous');
  });

  it('calls a child nobody in the register resembles new', () => {
    expect(matchRows([{ name: 'Tania Sardar', class: 3, roll: '30' }], register)).toEqual([{ kind: 'new' }]);
  });

  it('reads rolls as schools write them', () => {
    expect(normalRoll(' 07 ')).toBe('7');
    expect(normalRoll('০৯')).toBe('9');
    expect(normalRoll('')).toBeNull();
  });
});

describe('the school of a file by its name', () => {
  const schools = [
    { id: 1, name: 'Uttar Bagundi F.P. School', udise: '19112300101' },
    { id: 2, name: 'Taki High School', udise: '19112300102' },
    { id: 3, name: 'Taki Girls High School', udise: '19112300103' },
  ];

  it('finds it through spelling variants, punctuation and the other script', () => {
    expect(schoolByName('UTTAR BAGUNDI FP SCHOOL', schools)?.id).toBe(1);
    expect(schoolByName('Uttar Bagundee F.P. Vidyalaya', schools)?.id).toBe(1);
    expect(schoolByName('টাকি উচ্চ বিদ্যালয়', schools)?.id).toBe(2);
  });

  it('does not guess between two schools', () => {
    expect(schoolByName('Basirhat Town School', schools)).toBeNull();
  });
});

describe('the register follows the school', () => {
  let t: TestHost | undefined;
  afterEach(() => t?.cleanup());

  it('moves a child up a class and to a new roll with January’s register, and an older month does not move them back', async () => {
    const o = await officeWithSchool();
    t = o.t;
    const { sourav } = o;
    // December's register still has Class III; the next month the school has promoted Sourav to IV, roll 3.
    const october = await registerWorkbook({
      school: 'Uttar Bagundi F.P. School',
      month: '2026-10',
      rows: [{ roll: '8', name: 'Sourav Mondal', class: 3, sex: 'M', marks: present('2026-10') }],
    });
    const november = await registerWorkbook({
      school: 'Uttar Bagundi F.P. School',
      month: '2026-11',
      rows: [{ roll: '3', name: 'Sourav Mondal', class: 4, sex: 'M', marks: present('2026-11') }],
    });
    const nov = await o.t.ok('attendance.preview', { files: [{ name: 'nov.xlsx', contentBase64: november }] }, o.t.admin);
    expect(nov.files[0]?.children[0]?.match).toMatchObject({ kind: 'matched', childId: sourav.id });
    await o.t.ok('attendance.commit', { previewId: nov.previewId }, o.t.admin);
    expect(await o.t.ok('children.get', { id: sourav.id }, o.t.admin)).toMatchObject({ classGrade: 4, roll: '3' });

    // October arrives late: imported, matched, but the register keeps November's class.
    const oct = await o.t.ok('attendance.preview', { files: [{ name: 'oct.xlsx', contentBase64: october }] }, o.t.admin);
    expect(oct.files[0]?.children[0]?.match).toMatchObject({ kind: 'matched', childId: sourav.id });
    await o.t.ok('attendance.commit', { previewId: oct.previewId }, o.t.admin);
    expect(await o.t.ok('children.get', { id: sourav.id }, o.t.admin)).toMatchObject({ classGrade: 4, roll: '3' });
    expect(
      (await o.t.ok('attendance.childCalendar', { childId: sourav.id }, o.t.admin)).months.map((m) => [m.month, m.classGrade, m.roll]),
    ).toEqual([
      ['2026-11', 4, '3'],
      ['2026-10', 3, '8'],
    ]);
  });
});
