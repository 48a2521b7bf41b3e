import { describe, expect, it } from 'vitest';
import { settingDefaults } from '../../../electron/admin/settings';
import {
  ageOnLeaving,
  redFlags,
  scoreAll,
  scoreDeparture,
  type DepartureFacts,
  type EarlierDeparture,
  type RegisteredAgent,
} from '../../../electron/safetynet/redFlags';
import { thresholdsOf, weightsOf } from '../../../electron/safetynet/scoringSettings';

const weights = weightsOf(settingDefaults);
const thresholds = thresholdsOf(settingDefaults);
const today = '2026-12-03';

/** A departure with no red flag: an adult woman visiting relatives with her family, address known. */
function departure(over: Partial<DepartureFacts> = {}): DepartureFacts {
  return {
    id: 1,
    sex: 'female',
    birthBasis: 'dob',
    dateOfBirth: '1990-01-01',
    ageYears: null,
    leftOn: '2026-11-01',
    purpose: 'visit',
    withGuardian: true,
    arrangedBy: 'family',
    agentId: null,
    agentName: null,
    agentPhone: null,
    destAddress: '12 Station Road, Bengaluru',
    contactPhone: null,
    familyKnows: 'yes',
    familyAgreed: 'yes',
    expectedReturnOn: null,
    returnedOn: null,
    lastCheckInOn: null,
    levelOverride: null,
    ...over,
  };
}

function codes(d: DepartureFacts, agent: RegisteredAgent | null = null, earlier: EarlierDeparture[] = []): string[] {
  return redFlags(d, agent, earlier, weights, today).map((f) => f.code);
}

function score(d: DepartureFacts, agent: RegisteredAgent | null = null, earlier: EarlierDeparture[] = []) {
  return scoreDeparture(d, agent, earlier, weights, thresholds, today);
}

describe('ages on the date of leaving', () => {
  it('counts birthdays up to the day they left, and takes a reported age as the age that day', () => {
    expect(ageOnLeaving(departure({ dateOfBirth: '2008-11-01', leftOn: '2026-10-31' }))).toBe(17);
    expect(ageOnLeaving(departure({ dateOfBirth: '2008-11-01', leftOn: '2026-11-01' }))).toBe(18);
    expect(ageOnLeaving(departure({ birthBasis: 'age', dateOfBirth: null, ageYears: 16 }))).toBe(16);
    expect(ageOnLeaving(departure({ birthBasis: 'unknown', dateOfBirth: null }))).toBeNull();
  });
});

describe('a departure with no red flag', () => {
  it('scores 0 and is low', () => {
    expect(score(departure())).toEqual({ score: 0, computedLevel: 'low', level: 'low', flags: [] });
  });
});

describe('minor_without_guardian', () => {
  const alone = { withGuardian: false, dateOfBirth: '2008-11-01' };
  it('flags the day before the 18th birthday and is high on its own', () => {
    const s = score(departure({ ...alone, leftOn: '2026-10-31' }));
    expect(s.flags).toEqual([{ code: 'minor_without_guardian', weight: 10, values: { age: 17 } }]);
    expect(s.level).toBe('high');
  });
  it('does not flag on the 18th birthday, nor a minor with a guardian', () => {
    expect(codes(departure({ ...alone, leftOn: '2026-11-01' }))).toEqual([]);
    expect(codes(departure({ dateOfBirth: '2008-11-01', leftOn: '2026-10-31', withGuardian: true }))).toEqual([]);
  });
  it('does not guess an age that is not known', () => {
    expect(codes(departure({ birthBasis: 'unknown', dateOfBirth: null, withGuardian: false }))).toEqual([]);
  });
});

describe('child_marriage (PCMA 2006: a girl under 18, a boy under 21)', () => {
  const marriage = { purpose: 'marriage' as const };
  it('flags a girl the day before 18, not on her 18th birthday; high on its own even with a guardian', () => {
    const girl = departure({ ...marriage, dateOfBirth: '2008-11-01', leftOn: '2026-10-31' });
    expect(score(girl)).toMatchObject({ level: 'high', flags: [{ code: 'child_marriage', values: { age: 17, minimum: 18 } }] });
    expect(codes(departure({ ...marriage, dateOfBirth: '2008-11-01', leftOn: '2026-11-01' }))).toEqual([]);
  });
  it('flags a boy the day before 21, not on his 21st birthday', () => {
    const boy = { ...marriage, sex: 'male' as const, dateOfBirth: '2005-11-01' };
    expect(codes(departure({ ...boy, leftOn: '2026-10-31' }))).toEqual(['child_marriage']);
    expect(codes(departure({ ...boy, leftOn: '2026-11-01' }))).toEqual([]);
  });
  it('holds other sexes to the stricter age, and does not flag marriage at an unknown age', () => {
    expect(codes(departure({ ...marriage, sex: 'other', dateOfBirth: '2006-01-01' }))).toEqual(['child_marriage']);
    expect(codes(departure({ ...marriage, birthBasis: 'unknown', dateOfBirth: null }))).toEqual([]);
  });
});

describe('minor_for_work', () => {
  it('flags under 18 leaving for work (medium alone with a guardian), child labour under 14', () => {
    const s = score(departure({ purpose: 'work', dateOfBirth: '2008-11-01', leftOn: '2026-10-31' }));
    expect(s).toMatchObject({ score: 5, level: 'medium', flags: [{ code: 'minor_for_work', values: { age: 17, childLabour: 0 } }] });
    const thirteen = redFlags(departure({ purpose: 'work', dateOfBirth: '2012-11-01', leftOn: '2026-10-31' }), null, [], weights, today);
    expect(thirteen[0]?.values).toEqual({ age: 13, childLabour: 1 });
    const fourteen = redFlags(departure({ purpose: 'work', dateOfBirth: '2012-11-01', leftOn: '2026-11-01' }), null, [], weights, today);
    expect(fourteen[0]?.values).toEqual({ age: 14, childLabour: 0 });
  });
  it('does not flag work at 18', () => {
    expect(codes(departure({ purpose: 'work', dateOfBirth: '2008-11-01', leftOn: '2026-11-01' }))).toEqual([]);
  });
});

describe('unknown_agent', () => {
  const why = (d: DepartureFacts, agent: RegisteredAgent | null = null) => redFlags(d, agent, [], weights, today)[0]?.values.why;
  const registered: RegisteredAgent = { id: 7, name: 'Rakesh Sheikh', phones: '9830012345' };
  it('flags a contact not in the register, one with no phone or no name, and nobody knowing who arranged it', () => {
    expect(why(departure({ arrangedBy: 'agent', agentName: 'Bapi', agentPhone: '9830099999' }))).toBe('not_registered');
    expect(why(departure({ arrangedBy: 'agent', agentName: 'Bapi' }))).toBe('no_phone');
    expect(why(departure({ arrangedBy: 'agent' }))).toBe('no_name');
    expect(why(departure({ arrangedBy: 'unknown' }))).toBe('not_known');
    expect(why(departure({ arrangedBy: 'agent', agentId: 7 }), { ...registered, phones: null })).toBe('no_phone');
  });
  it('does not flag an agent of the register with a phone, nor a journey the family arranged', () => {
    expect(codes(departure({ arrangedBy: 'agent', agentId: 7 }), registered)).toEqual([]);
    expect(codes(departure({ arrangedBy: 'family' }))).toEqual([]);
  });
});

describe('agent_flagged', () => {
  const agent: RegisteredAgent = { id: 7, name: 'Rakesh Sheikh', phones: '9830012345' };
  const young = { arrangedBy: 'agent' as const, agentId: 7, dateOfBirth: '2003-01-01', leftOn: '2026-11-01' };
  const earlierYoung = (leftOn: string): EarlierDeparture => ({ leftOn, vulnerable: true, level: 'low' });
  it('flags an agent who already has a high-level departure', () => {
    const flags = redFlags(departure(young), agent, [{ leftOn: '2025-01-01', vulnerable: false, level: 'high' }], weights, today);
    expect(flags).toEqual([{ code: 'agent_flagged', weight: 5, values: { why: 'high', count: 1, agent: 'Rakesh Sheikh' } }]);
  });
  it("flags the agent's third young woman or minor within 90 days: the window's last day counts, the day after does not", () => {
    expect(codes(departure(young), agent, [earlierYoung('2026-08-03'), earlierYoung('2026-10-01')])).toEqual(['agent_flagged']);
    expect(codes(departure(young), agent, [earlierYoung('2026-08-02'), earlierYoung('2026-10-01')])).toEqual([]);
  });
  it('needs the third: two such departures are not a pattern', () => {
    expect(codes(departure(young), agent, [earlierYoung('2026-10-01')])).toEqual([]);
  });
  it('counts women under 25 and minors only: a woman of 25 or a man of 24 is not counted', () => {
    const earlier = [earlierYoung('2026-09-01'), earlierYoung('2026-10-01')];
    expect(codes(departure({ ...young, dateOfBirth: '2001-11-02' }), agent, earlier)).toEqual(['agent_flagged']);
    expect(codes(departure({ ...young, dateOfBirth: '2001-11-01' }), agent, earlier)).toEqual([]);
    expect(codes(departure({ ...young, sex: 'male', dateOfBirth: '2002-01-01' }), agent, earlier)).toEqual([]);
  });
  it("reads the agent's departures in leaving order when scoring them all, so a high one flags those after it", () => {
    const first = departure({ ...young, id: 2, dateOfBirth: '2012-01-01', withGuardian: false, leftOn: '2026-03-01' });
    const second = departure({ ...young, id: 1, dateOfBirth: '1980-01-01', leftOn: '2026-06-01' });
    const scored = scoreAll([second, first], new Map([[7, agent]]), weights, thresholds, today);
    expect(scored.get(2)?.level).toBe('high');
    expect(scored.get(1)?.flags.map((f) => f.code)).toEqual(['agent_flagged']);
  });
});

describe('no_destination_contact and family_unaware', () => {
  it('flags no address and no phone at the destination; either one is enough', () => {
    expect(codes(departure({ destAddress: null }))).toEqual(['no_destination_contact']);
    expect(codes(departure({ destAddress: null, contactPhone: '03322334455' }))).toEqual([]);
  });
  it('flags a family that does not know or did not agree, not one whose answer is not known', () => {
    expect(codes(departure({ familyKnows: 'no' }))).toEqual(['family_unaware']);
    expect(codes(departure({ familyAgreed: 'no' }))).toEqual(['family_unaware']);
    expect(codes(departure({ familyKnows: 'unknown', familyAgreed: 'unknown' }))).toEqual([]);
  });
});

describe('overdue_return', () => {
  const away = { expectedReturnOn: '2026-12-02' };
  it('flags from the day after the expected return, not on it', () => {
    expect(codes(departure(away))).toEqual(['overdue_return']);
    expect(codes(departure({ expectedReturnOn: today }))).toEqual([]);
  });
  it('is answered by a check-in on or after the expected day, or by the return', () => {
    expect(codes(departure({ ...away, lastCheckInOn: '2026-12-02' }))).toEqual([]);
    expect(codes(departure({ ...away, lastCheckInOn: '2026-12-01' }))).toEqual(['overdue_return']);
    expect(codes(departure({ ...away, returnedOn: '2026-12-03' }))).toEqual([]);
  });
});

describe('levels from the score and the settings', () => {
  it('adds the weights: an unknown agent and no destination contact is medium (5), three more is high', () => {
    const d = departure({ arrangedBy: 'unknown', destAddress: null });
    expect(score(d)).toMatchObject({ score: 5, level: 'medium' });
    expect(score({ ...d, familyKnows: 'no', purpose: 'work', dateOfBirth: '2010-01-01' })).toMatchObject({ score: 13, level: 'high' });
    expect(score(departure({ destAddress: null }))).toMatchObject({ score: 2, level: 'low' });
  });
  it('follows changed thresholds and weights, and keeps a worker override', () => {
    const alone = departure({ withGuardian: false, dateOfBirth: '2010-01-01' });
    expect(scoreDeparture(alone, null, [], weights, { high: 20, medium: 3 }, today).level).toBe('medium');
    expect(scoreDeparture(alone, null, [], { ...weights, minor_without_guardian: 25 }, { high: 20, medium: 3 }, today).level).toBe('high');
    expect(score({ ...alone, levelOverride: 'medium' })).toMatchObject({ computedLevel: 'high', level: 'medium' });
  });
});
