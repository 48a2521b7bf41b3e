import { Host, type HostOptions } from './host';

const hourMs = 60 * 60 * 1000;

/** Opens the office database (migrating it, with a backup first) and keeps the daily backup going. */
export async function startHost(options: HostOptions): Promise<{ host: Host; stop: () => void }> {
  const host = await Host.open(options);
  const backupToday = () => host.runDailyBackup().catch((err: unknown) => host.log('daily backup failed', err));
  await backupToday();
  const timer = setInterval(() => void backupToday(), hourMs);
  timer.unref();
  return {
    host,
    stop: () => {
      clearInterval(timer);
      host.close();
    },
  };
}
