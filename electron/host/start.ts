import { Host, type HostOptions } from './host';

const hourMs = 60 * 60 * 1000;
/** The first daily backup waits until the office has started working: it must not delay the first answer. */
export const firstBackupDelayMs = 30_000;

/** Opens the office database (migrating it, with a backup first) and keeps the daily backup going. */
export async function startHost(options: HostOptions & { firstBackupDelayMs?: number }): Promise<{ host: Host; stop: () => void }> {
  const host = await Host.open(options);
  const backupToday = () => host.runDailyBackup().catch((err: unknown) => host.log('daily backup failed', err));
  const first = setTimeout(() => void backupToday(), options.firstBackupDelayMs ?? firstBackupDelayMs);
  const timer = setInterval(() => void backupToday(), hourMs);
  first.unref();
  timer.unref();
  return {
    host,
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
      host.close();
    },
  };
}
