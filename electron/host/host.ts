import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupTo, dailyBackup, timestampForFile } from '../admin/backup';
import { SessionStore } from '../admin/sessions';
import { readSettings, type Settings } from '../admin/settings';
import { openDatabase, type OpenDatabase } from '../db/connection';
import { migrateDatabase } from '../db/migrate';

export interface HostOptions {
  dataDir: string;
  migrationsFolder: string;
  /** Injected clock, so tests can move time (session expiry, lockouts). */
  clock?: () => Date;
  log?: (message: string, error?: unknown) => void;
}

/**
 * What both transports share: the data folder, the one database connection of this process,
 * the sessions and the office settings. The connection is swapped in place by a restore.
 */
export class Host {
  readonly sessions = new SessionStore();
  readonly dbFile: string;
  readonly backupsDir: string;
  private current: OpenDatabase;
  private cachedSettings: Settings;

  private constructor(
    readonly options: HostOptions,
    open: OpenDatabase,
  ) {
    this.dbFile = join(options.dataDir, 'suraksha.sqlite');
    this.backupsDir = join(options.dataDir, 'backups');
    this.current = open;
    this.cachedSettings = readSettings(open.db);
  }

  static async open(options: HostOptions): Promise<Host> {
    mkdirSync(options.dataDir, { recursive: true });
    const open = await Host.openAndMigrate(options, join(options.dataDir, 'suraksha.sqlite'));
    return new Host(options, open);
  }

  private static async openAndMigrate(options: HostOptions, file: string): Promise<OpenDatabase> {
    const open = openDatabase(file);
    try {
      const now = (options.clock ?? (() => new Date()))();
      await migrateDatabase(open, options.migrationsFolder, async () => {
        const dir = join(options.dataDir, 'backups');
        mkdirSync(dir, { recursive: true });
        await backupTo(open.sqlite, join(dir, `suraksha-before-upgrade-${timestampForFile(now)}.sqlite`));
      });
      return open;
    } catch (err) {
      open.sqlite.close();
      throw err;
    }
  }

  get database(): OpenDatabase {
    return this.current;
  }

  get settings(): Settings {
    return this.cachedSettings;
  }

  reloadSettings(): void {
    this.cachedSettings = readSettings(this.current.db);
  }

  now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }

  log(message: string, error?: unknown): string {
    const reference = randomUUID().slice(0, 8);
    (this.options.log ?? ((m, e) => console.error(m, e ?? '')))(`[${reference}] ${message}`, error);
    return reference;
  }

  async runDailyBackup(): Promise<string | null> {
    return dailyBackup(this.current.sqlite, join(this.backupsDir, 'daily'), this.now());
  }

  /**
   * Replaces the live database with an already-checked backup file. The current database is
   * copied aside first; if the new one cannot be opened, that copy is put back.
   */
  async replaceDatabase(source: string): Promise<{ safetyCopy: string }> {
    mkdirSync(this.backupsDir, { recursive: true });
    const safetyCopy = join(this.backupsDir, `suraksha-before-restore-${timestampForFile(this.now())}.sqlite`);
    await backupTo(this.current.sqlite, safetyCopy);
    this.current.sqlite.close();
    const staged = `${this.dbFile}.restoring`;
    copyFileSync(source, staged);
    for (const suffix of ['-wal', '-shm']) rmSync(this.dbFile + suffix, { force: true });
    renameSync(staged, this.dbFile);
    try {
      this.current = await Host.openAndMigrate(this.options, this.dbFile);
    } catch (err) {
      copyFileSync(safetyCopy, this.dbFile);
      this.current = await Host.openAndMigrate(this.options, this.dbFile);
      throw err;
    }
    this.reloadSettings();
    return { safetyCopy };
  }

  close(): void {
    if (this.current.sqlite.open) this.current.sqlite.close();
  }
}
