import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatNumber } from '../../format';
import { NumberSettingsCard, type ConfirmChange } from './NumberSettingsCard';

/** When an imported register puts a child on the worklist; an administrator sets it for the office. */
export function AttendanceSettings() {
  const { t } = useTranslation();
  // A typo (150 for 50) rebuilds the worklist: say how many children it puts on or takes off first.
  const confirmChange: ConfirmChange = async (v) => {
    const { before, after } = await call('settings.previewThresholds', {
      attendanceThresholdPercent: v.attendanceThresholdPercent ?? 0,
      absenceRunDays: v.absenceRunDays ?? 0,
      fallingMonths: v.fallingMonths ?? 0,
    });
    if (before === after) return null;
    const values = {
      count: Math.abs(after - before),
      formatted: formatNumber(Math.abs(after - before)),
      before: formatNumber(before),
      after: formatNumber(after),
    };
    return t(after > before ? 'admin.attendanceSettings.flagsMore' : 'admin.attendanceSettings.flagsFewer', values);
  };
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
      confirmChange={confirmChange}
    />
  );
}
