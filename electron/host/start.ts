import { Host, type HostOptions } from './host';

const hourMs = 60 * 60 * 1000;
/** The first daily backup waits until the office has started working: it must not delay the first answer. */
export const firstBackupDelayMs = 30_000;
/** How often the host copies a snapshot to the standby PC: what the office can lose if the host's disk dies. */
export const standbyIntervalMs = 15 * 60 * 1000;

/** Runs `tick` every `ms` until the returned function is called; tests pass their own to tick by hand. */
export type Every = (ms: number, tick: () => void) => () => void;

const everyOnTimer: Every = (ms, tick) => {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
};

export interface RunningHost {
  host: Host;
  /** Stops the timers, copies a last snapshot to the standby PC (when one is chosen) and closes the database. */
  stop: () => Promise<void>;
}

/** Opens the office database (migrating it, with a backup first), keeps the daily backup and the standby copy going. */
export async function startHost(
  options: HostOptions & { firstBackupDelayMs?: number; standbyIntervalMs?: number; every?: Every },
): Promise<RunningHost> {
  const host = await Host.open(options);
  const backupToday = () => host.runDailyBackup().catch((err: unknown) => host.log('daily backup failed', err));
  const copyToStandby = () => host.copyToStandby().catch((err: unknown) => host.log('standby snapshot failed', err));
  const first = setTimeout(() => void backupToday(), options.firstBackupDelayMs ?? firstBackupDelayMs);
  const timer = setInterval(() => void backupToday(), hourMs);
  const stopStandby = (options.every ?? everyOnTimer)(options.standbyIntervalMs ?? standbyIntervalMs, () => void copyToStandby());
  first.unref();
  timer.unref();
  let stopping: Promise<void> | null = null;
  return {
    host,
    stop: () =>
      (stopping ??= (async () => {
        clearTimeout(first);
        clearInterval(timer);
        stopStandby();
        await copyToStandby();
        host.close();
      })()),
  };
}
