import { pcmaMinimumAge } from '../cases/pcma';
import { yearsBetween } from '../register/age';
import { daysBetween } from '../shared/periods';
import type { Arrangement, DepartureLevel, KnownAnswer, MigrationPurpose, RedFlagCode } from '../shared/safetynetVocabulary';

/*
 * The red flags of a departure, scored the way Love Justice's open-source interception form does it
 * (LoveJustice/tinyhands, application/dataentry/models.py: every red flag of the InterceptionRecord is
 * a field with a weight, `calculate_total_red_flags` adds the weights of those present, and the staff
 * record "how sure" they are, 1 to 5, beside the total). As there, the score advises and never blocks:
 * the level it gives is a starting point that a case worker may raise or lower with a reason.
 * Pure: no database, no clock; the caller passes the date the flags are judged on.
 */

export const minorAge = 18;
/** The Child Labour (Prohibition and Regulation) Act: under 14, any work is child labour. */
export const childLabourAge = 14;
/** A woman under this age counts, with minors, towards an agent's pattern of recruiting. */
export const youngWomanAge = 25;
/** The agent's pattern: the third such departure within this many days. */
export const agentWindowDays = 90;
export const agentPatternCount = 3;

export type RedFlagWeights = Record<RedFlagCode, number>;
export interface LevelThresholds {
  high: number;
  medium: number;
}

export interface DepartureFacts {
  id: number;
  sex: 'female' | 'male' | 'other';
  birthBasis: 'dob' | 'age' | 'unknown';
  dateOfBirth: string | null;
  /** The age the reporter gave, taken as the age on the date of leaving. */
  ageYears: number | null;
  leftOn: string;
  purpose: MigrationPurpose;
  withGuardian: boolean;
  arrangedBy: Arrangement;
  agentId: number | null;
  agentName: string | null;
  agentPhone: string | null;
  destAddress: string | null;
  contactPhone: string | null;
  familyKnows: KnownAnswer;
  familyAgreed: KnownAnswer;
  expectedReturnOn: string | null;
  returnedOn: string | null;
  lastCheckInOn: string | null;
  levelOverride: DepartureLevel | null;
}

/** What the agent register says of the agent who arranged a departure. */
export interface RegisteredAgent {
  id: number;
  name: string;
  phones: string | null;
}

/** One of the agent's departures that left before this one, as already scored. */
export interface EarlierDeparture {
  leftOn: string;
  vulnerable: boolean;
  level: DepartureLevel;
}

export type FlagValues = Record<string, string | number>;
export interface RedFlag {
  code: RedFlagCode;
  weight: number;
  values: FlagValues;
}

export interface Scored {
  score: number;
  computedLevel: DepartureLevel;
  /** The override when a worker set one, else the computed level. */
  level: DepartureLevel;
  flags: RedFlag[];
}

/** Whole years on the date of leaving, or null when neither a date of birth nor an age was given. */
export function ageOnLeaving(d: Pick<DepartureFacts, 'birthBasis' | 'dateOfBirth' | 'ageYears' | 'leftOn'>): number | null {
  if (d.birthBasis === 'dob' && d.dateOfBirth) return yearsBetween(d.dateOfBirth, d.leftOn);
  if (d.birthBasis === 'age' && d.ageYears !== null) return d.ageYears;
  return null;
}

/** A minor, or a young woman: who an agent's pattern of recruiting is counted over. */
export function isVulnerable(d: Pick<DepartureFacts, 'sex' | 'birthBasis' | 'dateOfBirth' | 'ageYears' | 'leftOn'>): boolean {
  const age = ageOnLeaving(d);
  if (age === null) return false;
  return age < minorAge || (d.sex === 'female' && age < youngWomanAge);
}

function agentPhoneKnown(d: DepartureFacts, agent: RegisteredAgent | null): boolean {
  return Boolean(agent ? agent.phones : d.agentPhone);
}

/** Why the arrangement itself is a red flag, or null when it is not. */
function unknownAgentWhy(d: DepartureFacts, agent: RegisteredAgent | null): string | null {
  if (d.arrangedBy === 'family') return null;
  if (d.arrangedBy === 'unknown') return 'not_known';
  if (!agent && !d.agentName) return 'no_name';
  if (!agentPhoneKnown(d, agent)) return 'no_phone';
  if (!agent) return 'not_registered';
  return null;
}

const dayNumbers = new Map<string, number>();

/** Days since 1970 of an ISO date; re-scoring every departure compares the same few thousand dates many times. */
function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = daysBetween('1970-01-01', iso);
    dayNumbers.set(iso, n);
  }
  return n;
}

function agentFlag(d: DepartureFacts, earlier: readonly EarlierDeparture[]): FlagValues | null {
  let high = 0;
  for (const e of earlier) if (e.level === 'high') high++;
  if (high > 0) return { why: 'high', count: high };
  if (!isVulnerable(d)) return null;
  const since = dayNumber(d.leftOn) - agentWindowDays;
  let inWindow = 1;
  for (const e of earlier) if (e.vulnerable && dayNumber(e.leftOn) >= since) inWindow++;
  return inWindow >= agentPatternCount ? { why: 'pattern', count: inWindow, days: agentWindowDays } : null;
}

/**
 * The red flags of one departure on `today`. `earlier` is the agent's departures that left before
 * this one (an earlier date, or the same date and entered first), with the level each has.
 */
export function redFlags(
  d: DepartureFacts,
  agent: RegisteredAgent | null,
  earlier: readonly EarlierDeparture[],
  weights: RedFlagWeights,
  today: string,
): RedFlag[] {
  const flags: RedFlag[] = [];
  const add = (code: RedFlagCode, values: FlagValues) => flags.push({ code, weight: weights[code], values });
  const age = ageOnLeaving(d);
  if (age !== null && age < minorAge && !d.withGuardian) add('minor_without_guardian', { age });
  if (d.purpose === 'marriage' && age !== null) {
    // The Act sets no age for other sexes; the stricter limit protects the person (as cases/pcma.ts does).
    const minimum = d.sex === 'female' ? pcmaMinimumAge.female : pcmaMinimumAge.male;
    if (age < minimum) add('child_marriage', { age, minimum });
  }
  if (d.purpose === 'work' && age !== null && age < minorAge) add('minor_for_work', { age, childLabour: age < childLabourAge ? 1 : 0 });
  const agentWhy = unknownAgentWhy(d, agent);
  if (agentWhy) add('unknown_agent', { why: agentWhy });
  if (d.agentId !== null) {
    const values = agentFlag(d, earlier);
    if (values) add('agent_flagged', { ...values, agent: agent?.name ?? '' });
  }
  if (!d.destAddress && !d.contactPhone) add('no_destination_contact', {});
  if (d.familyKnows === 'no' || d.familyAgreed === 'no') add('family_unaware', { why: d.familyKnows === 'no' ? 'knows' : 'agreed' });
  if (overdueReturn(d, today)) add('overdue_return', { expected: d.expectedReturnOn ?? '' });
  return flags;
}

/** Past the expected return, not back, and nobody has checked on them since that day. */
export function overdueReturn(d: Pick<DepartureFacts, 'expectedReturnOn' | 'returnedOn' | 'lastCheckInOn'>, today: string): boolean {
  if (!d.expectedReturnOn || d.returnedOn || d.expectedReturnOn >= today) return false;
  return !d.lastCheckInOn || d.lastCheckInOn < d.expectedReturnOn;
}

export function levelOf(score: number, thresholds: LevelThresholds): DepartureLevel {
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium && score > 0) return 'medium';
  return 'low';
}

export function scoreDeparture(
  d: DepartureFacts,
  agent: RegisteredAgent | null,
  earlier: readonly EarlierDeparture[],
  weights: RedFlagWeights,
  thresholds: LevelThresholds,
  today: string,
): Scored {
  const flags = redFlags(d, agent, earlier, weights, today);
  const score = flags.reduce((sum, f) => sum + f.weight, 0);
  const computedLevel = levelOf(score, thresholds);
  return { score, computedLevel, level: d.levelOverride ?? computedLevel, flags };
}

/** Departures in the order the agent rule reads them: by date of leaving, then as entered. */
export function leavingOrder(a: Pick<DepartureFacts, 'leftOn' | 'id'>, b: Pick<DepartureFacts, 'leftOn' | 'id'>): number {
  return a.leftOn < b.leftOn ? -1 : a.leftOn > b.leftOn ? 1 : a.id - b.id;
}

/**
 * Scores a set of departures that holds every departure of each agent it names, in leaving order,
 * so each one's agent rule sees the levels its agent's earlier departures were given.
 */
export function scoreAll(
  list: readonly DepartureFacts[],
  agents: ReadonlyMap<number, RegisteredAgent>,
  weights: RedFlagWeights,
  thresholds: LevelThresholds,
  today: string,
): Map<number, Scored> {
  const results = new Map<number, Scored>();
  const history = new Map<number, EarlierDeparture[]>();
  for (const d of [...list].sort(leavingOrder)) {
    const agent = d.agentId === null ? null : (agents.get(d.agentId) ?? null);
    const earlier = d.agentId === null ? [] : (history.get(d.agentId) ?? []);
    const scored = scoreDeparture(d, agent, earlier, weights, thresholds, today);
    results.set(d.id, scored);
    if (d.agentId !== null) {
      earlier.push({ leftOn: d.leftOn, vulnerable: isVulnerable(d), level: scored.level });
      history.set(d.agentId, earlier);
    }
  }
  return results;
}
