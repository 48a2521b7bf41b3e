import { settings } from '../db/schema';
import type { Db } from '../db/connection';

/** Office-wide settings with their defaults; a value is stored only once an administrator changes it. */
export const settingDefaults = {
  sessionTimeoutMinutes: 30,
  lockoutAttempts: 5,
  lockoutMinutes: 15,
  /** A month's attendance below this percent flags the child. */
  attendanceThresholdPercent: 75,
  /** This many consecutive open school days absent (across months) flags the child. */
  absenceRunDays: 5,
  /** Attendance falling month on month for this many months flags the child. */
  fallingMonths: 3,
  /** A sponsor's unpaid month is past due after this many days. */
  arrearsPastDueDays: 30,
  /** After this many missed months the due list suggests the sponsorship has lapsed. */
  arrearsLapsedMonths: 2,
  /** After this many missed months the due list suggests ending the sponsorship. */
  arrearsEndedMonths: 3,
  /** SafetyNet red-flag weights (safetynet/redFlags.ts): a departure's score is the sum of its flags' weights. */
  safetynetWeightMinorWithoutGuardian: 10,
  safetynetWeightChildMarriage: 10,
  safetynetWeightMinorForWork: 5,
  safetynetWeightUnknownAgent: 3,
  safetynetWeightAgentFlagged: 5,
  safetynetWeightNoDestinationContact: 2,
  safetynetWeightFamilyUnaware: 3,
  safetynetWeightOverdueReturn: 3,
  /** A departure scoring this much or more is high; by default a child marriage or a minor alone is high on its own. */
  safetynetHighScore: 10,
  /** A departure scoring this much or more (and less than high) is medium; below it, low. */
  safetynetMediumScore: 3,
  /** Days between check-ins on a high departure, on any other, and after a worrying or unanswered one. */
  safetynetCheckInHighDays: 7,
  safetynetCheckInDays: 30,
  safetynetRetryDays: 3,
  /** How often each level of child protection committee should meet, in months (1 monthly, 3 quarterly). */
  cpcVillageFrequencyMonths: 1,
  cpcWardFrequencyMonths: 1,
  cpcGramPanchayatFrequencyMonths: 3,
  cpcBlockFrequencyMonths: 3,
  /** A committee meeting has its quorum when at least this percent of its members are present. */
  cpcQuorumPercent: 50,
} as const;

export type SettingKey = keyof typeof settingDefaults;
export type Settings = { [K in SettingKey]: number };

export function readSettings(db: Db): Settings {
  const stored = new Map(
    db
      .select()
      .from(settings)
      .all()
      .map((r) => [r.key, r.value]),
  );
  const result: Settings = { ...settingDefaults };
  for (const key of Object.keys(settingDefaults) as SettingKey[]) {
    const raw = stored.get(key);
    if (raw !== undefined && Number.isFinite(Number(raw))) result[key] = Number(raw);
  }
  return result;
}
