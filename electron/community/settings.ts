import { z } from 'zod';
import type { Settings } from '../admin/settings';
import type { CommitteeLevel } from '../shared/communityVocabulary';

/** A frequency must divide the year, so that meeting periods line up with the calendar (months, quarters, halves). */
const frequency = z
  .number()
  .int()
  .refine((n) => [1, 2, 3, 4, 6, 12].includes(n), 'errors.community.frequencyRange')
  .optional();

/** The committee settings an administrator edits through `settings.update`. */
export const communitySettingsInput = {
  cpcVillageFrequencyMonths: frequency,
  cpcWardFrequencyMonths: frequency,
  cpcGramPanchayatFrequencyMonths: frequency,
  cpcBlockFrequencyMonths: frequency,
  cpcQuorumPercent: z.number().int().min(1, 'errors.community.quorumRange').max(100, 'errors.community.quorumRange').optional(),
};

export function frequencyOf(settings: Settings, level: CommitteeLevel): number {
  switch (level) {
    case 'village':
      return settings.cpcVillageFrequencyMonths;
    case 'ward':
      return settings.cpcWardFrequencyMonths;
    case 'gram_panchayat':
      return settings.cpcGramPanchayatFrequencyMonths;
    case 'block':
      return settings.cpcBlockFrequencyMonths;
  }
}
