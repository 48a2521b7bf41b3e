import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../electron/db/schema';
import { officeWithAdmin, userWithRole, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

/** A school whose UDISE code has ten digits, not eleven. */
const schoolWithShortUdise = { name: 'Uttar Bagundi FP School', udise: '1911230010', type: 'primary' } as const;

describe('dispatch', () => {
  it('answers 404 for a method that does not exist', async () => {
    const office = await officeWithAdmin();
    t = office;
    const outcome = await office.raw('children.drop', {}, office.admin);
    expect(outcome).toMatchObject({ ok: false, status: 404, error: { code: 'unknown_method' } });
  });

  it('answers 401 without a session and 403 without the permission, and audits the refusal', async () => {
    const office = await officeWithAdmin();
    t = office;
    expect(await office.raw('users.list', {})).toMatchObject({ ok: false, status: 401, error: { code: 'not_logged_in' } });

    const clerk = await userWithRole(office, office.admin, 'rina', 'data_entry');
    const refused = await office.raw('users.list', {}, clerk);
    expect(refused).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } });
    const denial = office.host.database.db
      .select()
      .from(auditLog)
      .all()
      .find((r) => r.action === 'denied');
    expect(denial).toMatchObject({ username: 'rina', entityId: 'users.list' });
    // The same user may do what the role allows.
    expect(await office.raw('schools.list', {}, clerk)).toMatchObject({ ok: true });
  });

  it('names the field and says what is expected when input is invalid', async () => {
    const office = await officeWithAdmin();
    t = office;
    const outcome = await office.raw('schools.create', schoolWithShortUdise, office.admin);
    expect(outcome).toMatchObject({
      ok: false,
      status: 400,
      error: { code: 'invalid_input', field: 'udise', key: 'errors.udise', message: expect.stringContaining('exactly 11 digits') },
    });
  });

  it('answers every field’s problem at once, one for each field, in the order of the form', async () => {
    const office = await officeWithAdmin();
    t = office;
    const outcome = await office.raw(
      'cases.create',
      { types: [], childIds: [], reportedOn: '', summary: ' ', riskReason: '', plannedMarriageOn: '31/02/2026' },
      office.admin,
    );
    expect(outcome).toMatchObject({ ok: false, status: 400, error: { code: 'invalid_input', field: 'types', key: 'errors.caseType' } });
    const fields = outcome.ok ? [] : (outcome.error.fields ?? []);
    expect(fields.map((f) => [f.field, f.key])).toEqual([
      ['types', 'errors.caseType'],
      ['childIds', 'errors.caseChild'],
      ['reporterKind', 'errors.reporterKind'],
      // A blank date is "required", not also "not a date".
      ['reportedOn', 'errors.required'],
      ['summary', 'errors.required'],
      ['riskLevel', 'errors.riskLevel'],
      ['riskReason', 'errors.required'],
      ['plannedMarriageOn', 'errors.date'],
    ]);
  });

  it('gives a field problem from the domain as the one entry of `fields`', async () => {
    const office = await officeWithAdmin();
    t = office;
    const outcome = await office.raw('schools.create', schoolWithShortUdise, office.admin);
    expect(outcome).toMatchObject({ ok: false, error: { fields: [{ field: 'udise', key: 'errors.udise' }] } });
  });

  it('turns an unexpected failure into a generic error with a reference, and writes nothing', async () => {
    const office = await officeWithAdmin();
    t = office;
    const before = office.host.database.db.select().from(auditLog).all().length;
    office.host.database.sqlite.exec('DROP TABLE children');
    const outcome = await office.raw('children.search', {}, office.admin);
    expect(outcome).toMatchObject({ ok: false, status: 500, error: { code: 'internal', reference: expect.any(String) } });
    expect(office.host.database.db.select().from(auditLog).all().length).toBe(before);
  });
});
