import type { Settings } from '../admin/settings';
import type { RedFlagCode } from '../shared/safetynetVocabulary';
import type { LevelThresholds, RedFlagWeights } from './redFlags';

/** The office setting that holds each red flag's weight. */
export const weightSetting = {
  minor_without_guardian: 'safetynetWeightMinorWithoutGuardian',
  child_marriage: 'safetynetWeightChildMarriage',
  minor_for_work: 'safetynetWeightMinorForWork',
  unknown_agent: 'safetynetWeightUnknownAgent',
  agent_flagged: 'safetynetWeightAgentFlagged',
  no_destination_contact: 'safetynetWeightNoDestinationContact',
  family_unaware: 'safetynetWeightFamilyUnaware',
  overdue_return: 'safetynetWeightOverdueReturn',
} as const satisfies Record<RedFlagCode, keyof Settings>;

/** The settings whose change re-scores every departure. */
export const scoringSettingKeys = [...Object.values(weightSetting), 'safetynetHighScore', 'safetynetMediumScore'] as const;

export function weightsOf(settings: Settings): RedFlagWeights {
  const weights = {} as RedFlagWeights;
  for (const [code, key] of Object.entries(weightSetting) as [RedFlagCode, keyof Settings][]) weights[code] = settings[key];
  return weights;
}

export function thresholdsOf(settings: Settings): LevelThresholds {
  return { high: settings.safetynetHighScore, medium: settings.safetynetMediumScore };
}
