import { afterEach, describe, expect, it } from 'vitest';
import { officeWithOneSchool } from '../schoolOffice';
import type { TestHost } from '../testHost';
import { realBytes, writers } from './realFiles';

/**
 * Issue 15, point 4 through the API: an import gives children new to the register the guardian,
 * village, GP and phone their register has, and the school's village and GP where it has none; a
 * child already in the register keeps what the office wrote and gets only what was missing. The
 * worklist's GP and village filters then find them.
 */

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function officeWithNabapally() {
  const { office: host, school } = await officeWithOneSchool({
    name: 'Nabapally F.P. School',
    udise: '19112300101',
    type: 'primary',
    gramPanchayat: 'Kalsur',
    village: 'Nabapally',
  });
  t = host;
  // Known to the office before the import: her phone typed by hand, no village yet.
  const rina = await host.ok(
    'children.create',
    { nameEn: 'Rina Biswas', sex: 'female', ageYears: 9, schoolId: school.id, classGrade: 4, roll: '5', phone: '9000000001' },
    host.admin,
  );
  return { host, school, rina };
}

type Stored = {
  name: string;
  guardian: string | null;
  relation: string | null;
  village: string | null;
  gp: string | null;
  phone: string | null;
};

function stored(host: TestHost): Stored[] {
  return host.host.database.sqlite
    .prepare(
      `SELECT coalesce(name_en, name_bn) AS name, guardian_name AS guardian, guardian_relation AS relation, village,
              gram_panchayat AS gp, phone FROM children ORDER BY roll`,
    )
    .all() as Stored[];
}

describe.each(writers)('an import of a register with address columns (%s)', (writer) => {
  it('stores the guardian, village, GP and phone, the school’s where the register has none, and keeps what the office typed', async () => {
    const { host } = await officeWithNabapally();
    const preview = await host.ok(
      'attendance.preview',
      { files: [{ name: `r9-address.${writer}`, contentBase64: realBytes('r9-address', writer).toString('base64') }] },
      host.admin,
    );
    expect(preview.files[0]?.problems.map((p) => p.cell)).toEqual(['G8']);
    const commit = await host.ok('attendance.commit', { previewId: preview.previewId }, host.admin);
    expect(commit.files[0]).toMatchObject({ status: 'imported', childrenImported: 5, childrenAdded: 4 });
    expect(stored(host)).toEqual([
      { name: 'Priya Mondal', guardian: 'Sabita Mondal', relation: null, village: 'Uttar Bagundi', gp: 'Bagundi', phone: '9830012345' },
      { name: 'Sourav Das', guardian: 'Haren Das', relation: null, village: 'Dakshin Para', gp: 'Bagundi', phone: '9007012345' },
      { name: 'Moumita Khatun', guardian: 'Rashida Bibi', relation: null, village: 'Nabapally', gp: 'Kalsur', phone: '+919433012345' },
      // Nothing but the guardian in the register: the school's village and GP.
      { name: 'Rahim Sk', guardian: 'Abdul Sk', relation: null, village: 'Nabapally', gp: 'Kalsur', phone: null },
      // Already in the register: her phone as the office typed it; the village from the register, the GP the school's.
      { name: 'Rina Biswas', guardian: 'Kalpana Biswas', relation: null, village: 'Uttar Bagundi', gp: 'Kalsur', phone: '9000000001' },
    ]);

    // The worklist's GP and village filters find the flagged children by where they live.
    const names = async (filter: { gramPanchayat?: string; village?: string }) =>
      (await host.ok('attendance.flags', filter, host.admin)).rows.map((r) => r.name).sort();
    expect(await names({ gramPanchayat: 'Kalsur' })).toEqual(['Moumita Khatun', 'Rahim Sk']);
    expect(await names({ village: 'Nabapally' })).toEqual(['Moumita Khatun', 'Rahim Sk']);
    expect(await names({ gramPanchayat: 'Bagundi' })).toEqual(['Sourav Das']);
  });
});

describe('an import of a register without address columns', () => {
  it('gives a new child the school’s village and GP, keeping an address the office typed', async () => {
    const { host } = await officeWithNabapally();
    const preview = await host.ok(
      'attendance.preview',
      { files: [{ name: 'r1-unmarked.lo.xlsx', contentBase64: realBytes('r1-unmarked', 'lo.xlsx').toString('base64') }] },
      host.admin,
    );
    await host.ok('attendance.commit', { previewId: preview.previewId }, host.admin);
    const rows = stored(host);
    // Rina Biswas was matched to the register's child: six children in all.
    expect(rows.length).toBe(6);
    expect(new Set(rows.map((r) => `${r.village} / ${r.gp}`))).toEqual(new Set(['Nabapally / Kalsur']));
    expect(rows.every((r) => r.guardian === null)).toBe(true);
    expect(rows.find((r) => r.name === 'Rina Biswas')?.phone).toBe('9000000001');
  });
});
