import ExcelJS from 'exceljs';
import { officeWithAdmin, type TestHost } from '../testHost';

/** A school register as a small office spreadsheet: title rows, one header row, a row per child. */
export interface RegisterRow {
  roll: string | null;
  name: string;
  class: number;
  sex?: 'F' | 'M' | null;
  /** One mark per day of the month ('' for blank). */
  marks: string[];
}

export async function registerWorkbook(options: {
  school?: string | null;
  udise?: string | null;
  month: string;
  rows: RegisterRow[];
  withSex?: boolean;
}): Promise<string> {
  const [year, month] = options.month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  const withSex = options.withSex ?? true;
  if (options.school) sheet.addRow([options.school]);
  sheet.addRow([`${options.udise ? `UDISE: ${options.udise}   ` : ''}Attendance for the month of ${monthName} ${year}`]);
  const header = ['Roll No', 'Name of the Student', 'Class', ...(withSex ? ['Sex'] : [])];
  for (let d = 1; d <= days; d++) header.push(String(d));
  sheet.addRow([...header, 'Total']);
  for (const row of options.rows) {
    const marks = Array.from({ length: days }, (_, i) => row.marks[i] ?? '');
    const present = marks.reduce((n, m) => n + (m === 'P' ? 1 : m === '½' ? 0.5 : 0), 0);
    sheet.addRow([row.roll ?? '', row.name, row.class, ...(withSex ? [row.sex ?? ''] : []), ...marks, present]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** Marks for a month from a rule per day; Sundays closed (blank). */
export function monthMarks(month: string, mark: (day: number) => string): string[] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => (new Date(Date.UTC(year, m - 1, i + 1)).getUTCDay() === 0 ? '' : mark(i + 1)));
}

/** An office with one school and three children on its register (class III). */
export async function officeWithSchool() {
  const t = await officeWithAdmin();
  const school = await t.ok(
    'schools.create',
    { name: 'Uttar Bagundi F.P. School', udise: '19112300101', type: 'primary', gramPanchayat: 'Bagundi', village: 'Uttar Bagundi' },
    t.admin,
  );
  const register = async (nameEn: string, sex: 'female' | 'male', roll: string, gramPanchayat = 'Bagundi') =>
    t.ok(
      'children.create',
      { nameEn, sex, ageYears: 8, schoolId: school.id, classGrade: 3, roll, village: 'Uttar Bagundi', gramPanchayat },
      t.admin,
    );
  const priya = await register('Priya Mondal', 'female', '7');
  const sourav = await register('Sourav Mondal', 'male', '8');
  const rahim = await register('Sk Rahim', 'male', '12', 'Khejurtala');
  return { t, school, priya, sourav, rahim };
}

export type Office = Awaited<ReturnType<typeof officeWithSchool>>;

/** Everything a preview must not write: the rows of these tables. */
export function counts(t: TestHost): Record<string, number> {
  const { sqlite } = t.host.database;
  const tables = ['children', 'attendance_imports', 'attendance_months', 'attendance_layouts', 'attendance_flags', 'audit_log', 'counters'];
  return Object.fromEntries(tables.map((name) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM ${name}`).get() as { n: number }).n]));
}

export const present = (month: string) => monthMarks(month, () => 'P');
