import { useTranslation } from 'react-i18next';
import { NumberSettingsCard } from './NumberSettingsCard';

/** When an imported register puts a child on the worklist; an administrator sets it for the office. */
export function AttendanceSettings() {
  const { t } = useTranslation();
  return (
    <NumberSettingsCard
      text={{
        title: t('admin.attendanceSettings.title'),
        intro: t('admin.attendanceSettings.intro'),
        save: t('admin.attendanceSettings.save'),
        saved: t('admin.attendanceSettings.saved'),
      }}
      fields={[
        {
          key: 'attendanceThresholdPercent',
          label: t('admin.attendanceSettings.attendanceThresholdPercent'),
          hint: (value) => t('admin.attendanceSettings.attendanceThresholdHint', { value }),
          min: 1,
          max: 100,
        },
        {
          key: 'absenceRunDays',
          label: t('admin.attendanceSettings.absenceRunDays'),
          hint: (value) => t('admin.attendanceSettings.absenceRunHint', { value }),
          min: 2,
          max: 60,
        },
        {
          key: 'fallingMonths',
          label: t('admin.attendanceSettings.fallingMonths'),
          hint: (value) => t('admin.attendanceSettings.fallingMonthsHint', { value }),
          min: 2,
          max: 12,
        },
      ]}
      // Saving recomputes every flag: the worklist, schools' trends and the audit log all change.
      invalidateAll
    />
  );
}
