import { z } from 'zod';
import type { Settings } from '../admin/settings';
import { UserError } from '../api/errors';

const weight = z.number().int().min(0, 'errors.safetynet.weightRange').max(100, 'errors.safetynet.weightRange').optional();
const score = z.number().int().min(1, 'errors.safetynet.scoreRange').max(500, 'errors.safetynet.scoreRange').optional();
const days = z.number().int().min(1, 'errors.safetynet.daysRange').max(180, 'errors.safetynet.daysRange').optional();

/** The SafetyNet settings an administrator changes through settings.update, with their ranges. */
export const safetynetSettingsInput = {
  safetynetWeightMinorWithoutGuardian: weight,
  safetynetWeightChildMarriage: weight,
  safetynetWeightMinorForWork: weight,
  safetynetWeightUnknownAgent: weight,
  safetynetWeightAgentFlagged: weight,
  safetynetWeightNoDestinationContact: weight,
  safetynetWeightFamilyUnaware: weight,
  safetynetWeightOverdueReturn: weight,
  safetynetHighScore: score,
  safetynetMediumScore: score,
  safetynetCheckInHighDays: days,
  safetynetCheckInDays: days,
  safetynetRetryDays: days,
};

/** Medium must start below high, or no departure could ever be medium. */
export function checkSafetynetThresholds(
  input: Partial<Pick<Settings, 'safetynetHighScore' | 'safetynetMediumScore'>>,
  current: Settings,
): void {
  const high = input.safetynetHighScore ?? current.safetynetHighScore;
  const medium = input.safetynetMediumScore ?? current.safetynetMediumScore;
  if (medium >= high) throw new UserError('invalid_input', 'errors.safetynet.mediumBelowHigh', {}, { field: 'safetynetMediumScore' });
}
