import { z } from 'zod';
import { recomputeFlags } from '../../attendance/flagStore';
import { method, type ApiArea } from '../../api/types';
import { writeSettings } from '../settingsWrite';
import { readSettings, settingDefaults } from '../settings';
import { communitySettingsInput } from '../../community/settings';
import { checkSafetynetThresholds, safetynetSettingsInput } from '../../safetynet/settingsInput';
import { rescoreDepartures } from '../../safetynet/rescore';
import { scoringSettingKeys } from '../../safetynet/scoringSettings';

const thresholds = {
  attendanceThresholdPercent: z.number().int().min(1, 'errors.attendance.thresholdRange').max(100, 'errors.attendance.thresholdRange'),
  absenceRunDays: z.number().int().min(2, 'errors.attendance.absenceRunRange').max(60, 'errors.attendance.absenceRunRange'),
  fallingMonths: z.number().int().min(2, 'errors.attendance.fallingRange').max(12, 'errors.attendance.fallingRange'),
};

/** The office's numeric settings: session and lockout, and the attendance thresholds. */
export const settingsApi = {
  'settings.get': method({
    input: z.object({}),
    permission: 'session',
    handler: (ctx) => ({ values: ctx.host.settings, defaults: settingDefaults }),
  }),

  'settings.update': method({
    input: z.object({
      sessionTimeoutMinutes: z.number().int().min(5, 'errors.timeoutRange').max(480, 'errors.timeoutRange').optional(),
      lockoutAttempts: z.number().int().min(3, 'errors.lockoutRange').max(20, 'errors.lockoutRange').optional(),
      lockoutMinutes: z.number().int().min(1, 'errors.lockoutRange').max(1440, 'errors.lockoutRange').optional(),
      attendanceThresholdPercent: thresholds.attendanceThresholdPercent.optional(),
      absenceRunDays: thresholds.absenceRunDays.optional(),
      fallingMonths: thresholds.fallingMonths.optional(),
      ...safetynetSettingsInput,
      ...communitySettingsInput,
    }),
    permission: 'office.manage',
    handler: (ctx, input) => {
      checkSafetynetThresholds(input, ctx.host.settings);
      ctx.write((w) => {
        writeSettings(w, 'settings.update', input);
        // New thresholds put children on or off the worklist at once, in the same transaction.
        if (input.attendanceThresholdPercent ?? input.absenceRunDays ?? input.fallingMonths) {
          recomputeFlags(ctx.sqlite, readSettings(w.db), ctx.now.toISOString(), 'all');
        }
        // New weights or thresholds re-score every departure at once, in the same transaction.
        if (scoringSettingKeys.some((key) => input[key] !== undefined)) rescoreDepartures(ctx.sqlite, readSettings(w.db), ctx.today, 'all');
      });
      ctx.host.reloadSettings();
      return ctx.host.settings;
    },
  }),

  /**
   * How many children the worklist would hold with these thresholds, against now: the screen asks
   * "this flags N more" before saving. The same recompute as saving, in a transaction rolled back,
   * so the number is exactly what saving does.
   */
  'settings.previewThresholds': method({
    input: z.object(thresholds),
    permission: 'office.manage',
    handler: (ctx, input) => {
      const onWorklist = () => (ctx.sqlite.prepare('SELECT count(*) AS n FROM attendance_flags').get() as { n: number }).n;
      const before = onWorklist();
      ctx.sqlite.exec('BEGIN IMMEDIATE');
      try {
        recomputeFlags(ctx.sqlite, input, ctx.now.toISOString(), 'all');
        return { before, after: onWorklist() };
      } finally {
        ctx.sqlite.exec('ROLLBACK');
      }
    },
  }),
} satisfies ApiArea;
