import { useTranslation } from 'react-i18next';
import { NumberSettingsCard } from '../admin/NumberSettingsCard';

/** How often each level of committee should meet, and the quorum: an administrator sets them for the office. */
export function CommunitySettings() {
  const { t } = useTranslation();
  const frequency = (
    key: 'cpcVillageFrequencyMonths' | 'cpcWardFrequencyMonths' | 'cpcGramPanchayatFrequencyMonths' | 'cpcBlockFrequencyMonths',
    level: string,
  ) => ({
    key,
    label: t('community.settings.frequency', { level }),
    hint: (value: string) => t('community.settings.frequencyHint', { value }),
    min: 1,
    max: 12,
  });
  return (
    <NumberSettingsCard
      text={{
        title: t('community.settings.title'),
        intro: t('community.settings.intro'),
        save: t('community.settings.save'),
        saved: t('community.settings.saved'),
      }}
      fields={[
        frequency('cpcVillageFrequencyMonths', t('community.levels.village')),
        frequency('cpcWardFrequencyMonths', t('community.levels.ward')),
        frequency('cpcGramPanchayatFrequencyMonths', t('community.levels.gram_panchayat')),
        frequency('cpcBlockFrequencyMonths', t('community.levels.block')),
        {
          key: 'cpcQuorumPercent',
          label: t('community.settings.quorum'),
          hint: (value: string) => t('community.settings.quorumHint', { value }),
          min: 1,
          max: 100,
        },
      ]}
    />
  );
}
