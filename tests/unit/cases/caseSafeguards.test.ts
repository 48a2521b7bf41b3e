import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, caseAttachments, caseReferrals } from '../../../electron/db/schema';
import { officeWithAdmin, userWithRole, type TestHost } from '../testHost';

let t: TestHost | undefined;
afterEach(() => t?.cleanup());

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]).toString('base64');

async function officeWithCases() {
  const office = await officeWithAdmin();
  t = office;
  const worker = await userWithRole(office, office.admin, 'mitali', 'case_worker');
  const other = await userWithRole(office, office.admin, 'sabir', 'case_worker');
  const clerk = await userWithRole(office, office.admin, 'rina', 'data_entry');
  const coordinator = await userWithRole(office, office.admin, 'ruma', 'sponsorship');
  const manager = await userWithRole(office, office.admin, 'manju', 'manager');
  const priya = await office.ok('children.create', { nameEn: 'Priya Mondal', sex: 'female', dateOfBirth: '2010-05-01' }, office.admin);
  const open = (types: ['child_marriage'] | ['child_labour'] | ['trafficking_suspected']) =>
    office.ok(
      'cases.create',
      {
        types,
        childIds: [priya.id],
        reporterKind: 'volunteer',
        reportedOn: '2026-11-20',
        summary: 'Reported by the volunteer',
        riskLevel: 'high',
        riskReason: 'Urgent',
      },
      worker,
    );
  return { office, worker, other, clerk, coordinator, manager, priya, open };
}

describe('a sensitive case’s existence', () => {
  it('tells data entry, the coordinator and unassigned workers only whom to ask about a trafficking case', async () => {
    const { office, other, clerk, coordinator, priya, open } = await officeWithCases();
    const trafficking = await open(['trafficking_suspected']);
    const labour = await open(['child_labour']);
    for (const reader of [clerk, coordinator, other]) {
      const seen = await office.ok('cases.forChild', { childId: priya.id }, reader);
      expect(seen).toContainEqual({ id: trafficking.id, caseNumber: null, status: null, canOpen: false, askWorker: 'mitali tester' });
      expect(seen).toContainEqual({ id: labour.id, caseNumber: null, status: 'open', canOpen: false, askWorker: null });
      expect(JSON.stringify(seen)).not.toContain(trafficking.caseNumber);
    }
    const refused = await office.raw('cases.get', { id: trafficking.id }, other);
    expect(refused).toMatchObject({
      ok: false,
      status: 403,
      error: { key: 'errors.access.caseConfidentialAsk', values: { worker: 'mitali tester' } },
    });
    expect(JSON.stringify(refused)).not.toContain(trafficking.caseNumber);
  });
});

describe('consent before a referral', () => {
  const referral = (caseId: number) => ({
    caseId,
    authority: 'cwc' as const,
    authorityName: 'CWC North 24 Parganas',
    referredOn: '2026-11-21',
    reason: 'Marriage of a 16-year-old girl planned for February.',
  });

  it('refuses a referral without consent, or with consent half told, at the field', async () => {
    const { office, worker, open } = await officeWithCases();
    const c = await open(['child_marriage']);
    const tries = [
      [undefined, 'consent.from', 'errors.access.consentRequired'],
      [{ from: 'guardian' }, 'consent.method', 'errors.access.consentHow'],
      [{ from: 'child', method: 'verbal_witnessed' }, 'consent.witness', 'errors.access.consentWitness'],
      [{ from: 'guardian', method: 'signed_form' }, 'consent.form', 'errors.access.consentForm'],
      [{ waiver: 'cwc_order' }, 'consent.note', 'errors.required'],
    ] as const;
    for (const [consent, field, key] of tries) {
      expect(await office.raw('cases.refer', { ...referral(c.id), ...(consent ? { consent } : {}) }, worker)).toMatchObject({
        ok: false,
        error: { field, key },
      });
    }
    expect(office.host.database.db.select().from(caseReferrals).all()).toEqual([]);
    const signed = await office.ok(
      'cases.refer',
      {
        ...referral(c.id),
        consent: { from: 'child_and_guardian', method: 'signed_form', form: { fileName: 'consent.png', contentBase64: png } },
      },
      worker,
    );
    const form = office.host.database.db.select().from(caseAttachments).all();
    expect(form).toMatchObject([{ fileName: 'consent.png' }]);
    expect(signed).toMatchObject({ consentFrom: 'child_and_guardian', consentMethod: 'signed_form', consentAttachmentId: form[0]?.id });
    const ordered = await office.ok(
      'cases.refer',
      { ...referral(c.id), consent: { waiver: 'police_order', note: 'GD entry 412/2026' } },
      worker,
    );
    expect(ordered).toMatchObject({ consentFrom: null, consentWaiver: 'police_order', consentNote: 'GD entry 412/2026' });
  });

  it('refuses the letter of a referral with no consent recorded, and makes it once consent is recorded', async () => {
    const { office, worker, open } = await officeWithCases();
    const c = await open(['child_marriage']);
    const made = await office.ok('cases.refer', { ...referral(c.id), consent: { waiver: 'emergency', note: 'Marriage tonight' } }, worker);
    // As a referral recorded before the app asked for consent.
    office.host.database.sqlite.prepare('UPDATE case_referrals SET consent_waiver = NULL, consent_note = NULL WHERE id = ?').run(made.id);
    for (const includeChildName of [false, true]) {
      expect(await office.raw('cases.referralLetter', { referralId: made.id, language: 'en', includeChildName }, worker)).toMatchObject({
        ok: false,
        error: { code: 'consent_missing', key: 'errors.access.letterNeedsConsent' },
      });
    }
    await office.ok(
      'cases.recordConsent',
      { referralId: made.id, consent: { from: 'guardian', method: 'verbal_witnessed', witness: 'Mina Das' } },
      worker,
    );
    const letter = await office.ok('cases.referralLetter', { referralId: made.id, language: 'en', includeChildName: false }, worker);
    expect(letter.contentBase64.length).toBeGreaterThan(1000);
    const audit = office.host.database.db
      .select()
      .from(auditLog)
      .all()
      .find((a) => a.action === 'cases.recordConsent');
    expect(audit?.summary).toContain('consent of guardian (verbal_witnessed)');
  });
});

describe('break the glass', () => {
  it('opens a case to an unassigned worker for a few hours with a reason, audited and seen at once by its worker and the manager', async () => {
    const { office, worker, other, clerk, manager, open } = await officeWithCases();
    const c = await open(['child_marriage']);
    expect(await office.raw('cases.breakGlass', { caseId: c.id, reason: 'urgent' }, other)).toMatchObject({
      ok: false,
      error: { field: 'reason', key: 'errors.access.breakGlassReason' },
    });
    expect(await office.raw('cases.breakGlass', { caseId: c.id, reason: 'Helpline call: marriage tonight' }, clerk)).toMatchObject({
      status: 403,
    });
    expect(await office.raw('cases.breakGlass', { caseId: c.id, reason: 'Already mine, no need to ask' }, worker)).toMatchObject({
      status: 409,
    });
    expect(await office.ok('cases.emergencyOpenings', {}, worker)).toEqual([]);

    const grant = await office.ok(
      'cases.breakGlass',
      { caseId: c.id, reason: 'Helpline call: the marriage is tonight, Mitali is not answering' },
      other,
    );
    expect(grant.expiresAt).toBe('2026-11-24T13:00:00.000Z');
    expect(await office.ok('cases.get', { id: c.id }, other)).toMatchObject({ caseNumber: c.caseNumber });
    expect((await office.ok('cases.list', {}, other)).total).toBe(1);
    const audited = office.host.database.db
      .select()
      .from(auditLog)
      .all()
      .find((a) => a.action === 'cases.breakGlass');
    expect(audited).toMatchObject({ username: 'sabir', entityId: String(c.id) });
    expect(audited?.summary).toContain('the marriage is tonight');

    for (const reader of [worker, manager]) {
      expect(await office.ok('cases.emergencyOpenings', {}, reader)).toMatchObject([
        { caseId: c.id, caseNumber: c.caseNumber, openedBy: 'sabir tester', reason: expect.stringContaining('tonight'), active: true },
      ]);
    }
    expect(await office.ok('cases.emergencyOpenings', {}, other)).toEqual([]);

    office.advance(4 * 60 + 1);
    for (const who of [worker, other])
      await office.ok('auth.login', { username: who === worker ? 'mitali' : 'sabir', password: 'Suraksha2026' }, who);
    expect(await office.raw('cases.get', { id: c.id }, other)).toMatchObject({ ok: false, status: 403 });
    expect(await office.ok('cases.emergencyOpenings', {}, worker)).toMatchObject([{ active: false }]);
  });
});
