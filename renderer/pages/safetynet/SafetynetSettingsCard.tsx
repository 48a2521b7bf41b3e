import { useTranslation } from 'react-i18next';
import { redFlagCodes, redFlagWeightSettings } from '../../../electron/shared/safetynetVocabulary';
import { NumberSettingsCard, type NumberSetting } from '../admin/NumberSettingsCard';

/** The weight of each red flag, the scores of high and medium, and how often families are called: an administrator's settings. */
export function SafetynetSettingsCard() {
  const { t } = useTranslation();
  const hint = (value: string) => t('safetynet.settings.weightHint', { value });
  const fields: NumberSetting[] = [
    ...redFlagCodes.map((code) => ({
      key: redFlagWeightSettings[code],
      label: t('safetynet.settings.weight', { flag: t(`safetynet.flagNames.${code}`) }),
      hint,
      min: 0,
      max: 100,
    })),
    { key: 'safetynetHighScore', label: t('safetynet.settings.high'), hint, min: 1, max: 500 },
    { key: 'safetynetMediumScore', label: t('safetynet.settings.medium'), hint, min: 1, max: 500 },
    { key: 'safetynetCheckInHighDays', label: t('safetynet.settings.highDays'), hint, min: 1, max: 180 },
    { key: 'safetynetCheckInDays', label: t('safetynet.settings.days'), hint, min: 1, max: 180 },
    { key: 'safetynetRetryDays', label: t('safetynet.settings.retryDays'), hint, min: 1, max: 180 },
  ];
  return (
    <NumberSettingsCard
      text={{
        title: t('safetynet.settings.title'),
        intro: t('safetynet.settings.intro'),
        save: t('safetynet.settings.save'),
        saved: t('safetynet.settings.saved'),
      }}
      fields={fields}
      // Saving re-scores every departure: the register, the worklist and the reports all change.
      invalidateAll
    />
  );
}
