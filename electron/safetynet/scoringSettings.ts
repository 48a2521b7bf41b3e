import type { Settings } from '../admin/settings';
import { redFlagWeightSettings, type RedFlagCode } from '../shared/safetynetVocabulary';
import type { LevelThresholds, RedFlagWeights } from './redFlags';

/** The office setting that holds each red flag's weight, checked here against the settings (the shared list imports nothing). */
export const weightSetting = redFlagWeightSettings satisfies Record<RedFlagCode, keyof Settings>;

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
