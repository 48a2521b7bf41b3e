import { afterEach, describe, expect, it } from 'vitest';
import { cwcReferral, marriageCase, priyaMondal } from '../../fixtures/office';
import { pdfPages } from '../../fixtures/pdf/popplerText';
import { officeWithAdmin, userWithRole, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

async function referredCase() {
  const office = await officeWithAdmin();
  t = office;
  const worker = await userWithRole(office, office.admin, 'mitali', 'case_worker');
  const child = await office.ok('children.create', priyaMondal({ nameBn: 'প্রিয়া মণ্ডল', gramPanchayat: 'Bagundi' }), office.admin);
  const created = await office.ok('cases.create', marriageCase([child.id], { summary: 'Marriage fixed' }), worker);
  const referral = await office.ok('cases.refer', cwcReferral(created.id), worker);
  return { office, worker, referral };
}

const text = (file: { contentBase64: string }) => pdfPages(Buffer.from(file.contentBase64, 'base64')).join('\n');

describe('referral letter', () => {
  it('names the case and the child by code, and the child’s name only when ticked', async () => {
    const { office, worker, referral } = await referredCase();
    const coded = text(
      await office.ok('cases.referralLetter', { referralId: referral.id, language: 'en', includeChildName: false }, worker),
    );
    expect(coded).toContain('BSH/2026/0001');
    expect(coded).toContain('BSH-C00001');
    expect(coded).toContain('CWC North 24 Parganas');
    expect(coded).toContain('21/11/2026');
    expect(coded).not.toContain('Priya');
    expect(coded).not.toContain('Mondal');
    // The signature block: room to sign, then the case worker's name, designation and the day.
    expect(coded).toMatch(/Signature\s+Name: \S.*\s+Designation: Case worker\s+Date: \d{2}\/\d{2}\/\d{4}/);

    const named = text(
      await office.ok('cases.referralLetter', { referralId: referral.id, language: 'en', includeChildName: true }, worker),
    );
    expect(named).toContain('Priya Mondal');
  });

  it('carries the office’s letterhead details as the administrator set them', async () => {
    const { office, worker, referral } = await referredCase();
    const details = {
      organisation: 'Jabala Action Research Organisation',
      officeName: 'Basirhat field office',
      district: 'North 24 Parganas',
      block: 'Basirhat-II',
    };
    expect(await office.raw('office.update', { ...details, email: 'not-an-address' }, office.admin)).toMatchObject({
      ok: false,
      error: { field: 'email' },
    });
    expect(await office.raw('office.update', details, worker)).toMatchObject({ ok: false, status: 403 });
    await office.ok(
      'office.update',
      { ...details, address: 'Itinda Road, Basirhat 743411', phone: '03217 262 123', email: 'basirhat@jabala.org' },
      office.admin,
    );
    const letter = text(
      await office.ok('cases.referralLetter', { referralId: referral.id, language: 'en', includeChildName: false }, worker),
    );
    expect(letter).toContain('Itinda Road, Basirhat 743411');
    expect(letter).toContain('basirhat@jabala.org');
  });

  it('is written in Bengali on request, with the Bengali name only when ticked', async () => {
    const { office, worker, referral } = await referredCase();
    const coded = text(
      await office.ok('cases.referralLetter', { referralId: referral.id, language: 'bn', includeChildName: false }, worker),
    );
    expect(coded).toContain('যত্ন ও সুরক্ষা প্রয়োজন এমন শিশুর রেফারাল');
    expect(coded).toContain('২১/১১/২০২৬');
    expect(coded).toMatch(/স্বাক্ষর\s+নাম: \S.*\s+পদ: কেস কর্মী\s+তারিখ: [০-৯]{2}\/[০-৯]{2}\/[০-৯]{4}/);
    expect(coded).not.toContain('প্রিয়া');
    const named = text(
      await office.ok('cases.referralLetter', { referralId: referral.id, language: 'bn', includeChildName: true }, worker),
    );
    expect(named).toContain('প্রিয়া মণ্ডল');
    const audit = await office.ok('audit.list', { q: 'referralLetter' }, office.admin);
    expect(audit.rows.map((r) => r.summary)).toContain('BSH/2026/0001 → CWC North 24 Parganas (bn, with the child’s name)');
  });

  it('is refused to a case worker not assigned to the case', async () => {
    const { office, referral } = await referredCase();
    const other = await userWithRole(office, office.admin, 'sabir', 'case_worker');
    expect(
      await office.raw('cases.referralLetter', { referralId: referral.id, language: 'en', includeChildName: false }, other),
    ).toMatchObject({
      ok: false,
      status: 403,
    });
  });
});
