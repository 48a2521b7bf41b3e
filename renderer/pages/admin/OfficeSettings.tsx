import { useTranslation } from 'react-i18next';
import { NumberSettingsCard } from './NumberSettingsCard';

/** Session timeout and lockout, for an administrator; they apply to everyone in the office. */
export function OfficeSettings() {
  const { t } = useTranslation();
  return (
    <NumberSettingsCard
      text={{
        title: t('admin.settings.title'),
        intro: t('admin.settings.intro'),
        save: t('admin.settings.save'),
        saved: t('admin.settings.saved'),
      }}
      fields={[
        {
          key: 'sessionTimeoutMinutes',
          label: t('admin.settings.sessionTimeoutMinutes'),
          hint: (value) => t('admin.settings.sessionTimeoutHint', { value }),
          min: 5,
          max: 480,
        },
        {
          key: 'lockoutAttempts',
          label: t('admin.settings.lockoutAttempts'),
          hint: (value) => t('admin.settings.lockoutAttemptsHint', { value }),
          min: 3,
          max: 20,
        },
        {
          key: 'lockoutMinutes',
          label: t('admin.settings.lockoutMinutes'),
          hint: (value) => t('admin.settings.lockoutMinutesHint', { value }),
          min: 1,
          max: 1440,
        },
      ]}
    />
  );
}
