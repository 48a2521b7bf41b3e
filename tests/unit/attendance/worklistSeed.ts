import type { FlagReason } from '../../../electron/attendance/flags';
import { attendanceFlags, attendanceImports, attendanceMonths } from '../../../electron/db/schema';
import type { Caller, TestHost } from '../testHost';

type Office = TestHost & { admin: Caller };

/**
 * What an import would have left behind, written straight into the database: a month of one child
 * at one school (present days may be halves) and the child's flag on the worklist.
 */
export function registerMonth(t: Office, row: { childId: number; schoolId: number; month: string; present: number; open: number }): void {
  const db = t.host.database.db;
  const existing = db
    .select()
    .from(attendanceImports)
    .all()
    .find((i) => i.schoolId === row.schoolId && i.month === row.month);
  const importId =
    existing?.id ??
    db
      .insert(attendanceImports)
      .values({
        fileName: `register-${row.month}.xlsx`,
        sha256: `sha-${row.schoolId}-${row.month}`,
        schoolId: row.schoolId,
        month: row.month,
        importedAt: '2026-11-20T10:00:00.000Z',
        importedBy: 1,
        childrenCount: 1,
      })
      .returning({ id: attendanceImports.id })
      .get().id;
  const presentDays = Math.floor(row.present);
  const halfDay = row.present > presentDays ? 'D' : '';
  const absent = row.open - presentDays - (halfDay ? 1 : 0);
  db.insert(attendanceMonths)
    .values({
      childId: row.childId,
      schoolId: row.schoolId,
      month: row.month,
      importId,
      marks: `${'P'.repeat(presentDays)}${halfDay}${'A'.repeat(absent)}`.padEnd(30, '.'),
      daysPresentHalves: Math.round(row.present * 2),
      daysOpen: row.open,
      longestAbsenceRun: absent,
      leadingAbsence: 0,
      trailingAbsence: absent,
      classGrade: null,
      section: null,
      roll: null,
    })
    .run();
}

export function flagChild(
  t: Office,
  flag: { childId: number; month: string; risk: number; reasons: FlagReason[]; status?: 'open' | 'followed_up' | 'case_opened' },
): void {
  t.host.database.db
    .insert(attendanceFlags)
    .values({
      childId: flag.childId,
      month: flag.month,
      risk: flag.risk,
      reasonsJson: JSON.stringify(flag.reasons),
      raisedAt: '2026-11-20T10:00:00.000Z',
      status: flag.status ?? 'open',
      updatedAt: '2026-11-20T10:00:00.000Z',
    })
    .run();
}

/**
 * A school with four irregular children and one regular one, as a November import would flag them:
 * Priya (low attendance) and Mousumi (dropped off) in Uttar Bagundi, Rafiq (absent 9 days running)
 * and Sahil (falling) in Khejurtala, Anjali not flagged.
 */
export async function flaggedSchool(t: Office) {
  const school = await t.ok(
    'schools.create',
    { name: 'Bagundi Free Primary School', udise: '19112300101', type: 'primary', village: 'Uttar Bagundi', gramPanchayat: 'Bagundi' },
    t.admin,
  );
  const child = (fields: {
    nameEn: string;
    nameBn: string;
    sex: 'female' | 'male';
    village: string;
    guardianName: string;
    guardianRelation: string;
    classGrade: number;
  }) => t.ok('children.create', { ...fields, ageYears: 12, gramPanchayat: 'Bagundi', schoolId: school.id, section: 'A' }, t.admin);

  const priya = await child({
    nameEn: 'Priya Mondal',
    nameBn: 'প্রিয়া মণ্ডল',
    sex: 'female',
    village: 'Uttar Bagundi',
    guardianName: 'Rahima Mondal',
    guardianRelation: 'mother',
    classGrade: 7,
  });
  const mousumi = await child({
    nameEn: 'Mousumi Das',
    nameBn: 'মৌসুমী দাস',
    sex: 'female',
    village: 'Uttar Bagundi',
    guardianName: 'Gopal Das',
    guardianRelation: 'father',
    classGrade: 8,
  });
  const rafiq = await child({
    nameEn: 'Rafiq Sheikh',
    nameBn: 'রফিক শেখ',
    sex: 'male',
    village: 'Khejurtala',
    guardianName: 'Amina Bibi',
    guardianRelation: 'mother',
    classGrade: 6,
  });
  const sahil = await child({
    nameEn: 'Sahil Biswas',
    nameBn: 'সাহিল বিশ্বাস',
    sex: 'male',
    village: 'Khejurtala',
    guardianName: 'Tapan Biswas',
    guardianRelation: 'father',
    classGrade: 5,
  });
  const anjali = await child({
    nameEn: 'Anjali Roy',
    nameBn: 'অঞ্জলি রায়',
    sex: 'female',
    village: 'Uttar Bagundi',
    guardianName: 'Mita Roy',
    guardianRelation: 'mother',
    classGrade: 7,
  });

  registerMonth(t, { childId: priya.id, schoolId: school.id, month: '2026-11', present: 12, open: 22 });
  flagChild(t, {
    childId: priya.id,
    month: '2026-11',
    risk: 25,
    reasons: [{ code: 'low_attendance', values: { month: '2026-11', present: 12, open: 22, percent: 54.5 } }],
  });
  registerMonth(t, { childId: mousumi.id, schoolId: school.id, month: '2026-10', present: 18, open: 23 });
  flagChild(t, {
    childId: mousumi.id,
    month: '2026-11',
    risk: 40,
    reasons: [{ code: 'dropped_off', values: { month: '2026-11', lastMonth: '2026-10' } }],
  });
  registerMonth(t, { childId: rafiq.id, schoolId: school.id, month: '2026-11', present: 10.5, open: 22 });
  flagChild(t, {
    childId: rafiq.id,
    month: '2026-11',
    risk: 60,
    reasons: [
      { code: 'absence_run', values: { days: 11, from: '2026-11-06', month: '2026-11' } },
      { code: 'low_attendance', values: { month: '2026-11', present: 10.5, open: 22, percent: 47.7 } },
    ],
  });
  for (const [month, present] of [
    ['2026-09', 20],
    ['2026-10', 17],
    ['2026-11', 15],
  ] as const) {
    registerMonth(t, { childId: sahil.id, schoolId: school.id, month, present, open: 22 });
  }
  flagChild(t, {
    childId: sahil.id,
    month: '2026-11',
    risk: 15,
    reasons: [{ code: 'falling', values: { from: '2026-09', to: '2026-11', percents: [90.9, 77.3, 68.2] } }],
  });
  registerMonth(t, { childId: anjali.id, schoolId: school.id, month: '2026-11', present: 21, open: 22 });
  return { school, priya, mousumi, rafiq, sahil, anjali };
}
