import { settings } from '../db/schema';
import type { WriteScope } from '../api/types';
import type { SettingKey } from './settings';

/**
 * Stores the office settings given, in the caller's transaction, each with its audit line under `action`
 * (the screen's own method); a setting left out keeps its value.
 */
export function writeSettings(w: WriteScope, action: string, values: Partial<Record<SettingKey, number>>): void {
  for (const [key, value] of Object.entries(values) as [SettingKey, number | undefined][]) {
    if (value === undefined) continue;
    w.db
      .insert(settings)
      .values({ key, value: String(value) })
      .onConflictDoUpdate({ target: settings.key, set: { value: String(value) } })
      .run();
    w.audit({ action, entity: 'settings', entityId: key, summary: `${key} = ${value}`, facts: { setting: key, value } });
  }
}
