import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The data folder when none is given: the same place Electron's `userData` is for an app named
 * Suraksha, so the desktop window and the browser host open the same database.
 */
export function defaultDataDir(): string {
  if (process.env.SURAKSHA_DATA) return process.env.SURAKSHA_DATA;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Suraksha');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Suraksha');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Suraksha');
}
