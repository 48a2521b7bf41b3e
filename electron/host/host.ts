import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backupTo, dailyBackup, timestampForFile } from '../admin/backup';
import { LoginGuard } from '../admin/loginGuard';
import { SessionStore } from '../admin/sessions';
import { readSettings, type Settings } from '../admin/settings';
import { openDatabase, type OpenDatabase } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { refreshNameKeys } from '../register/nameKeyRefresh';
import { sweepProofStaging } from '../sponsorship/proofs';
import { lockDataFolder } from './dataLock';
import { WriteTurn } from './writeTurn';

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
  readonly loginGuard = new LoginGuard();
  /** Who may write now: the host's thread, or the commit worker on its own connection. */
  readonly writeTurn = new WriteTurn();
  /** What holds the database file open besides this connection (the commit worker): let go before a restore and at close. */
  private readonly holders: (() => Promise<void>)[] = [];
  readonly dbFile: string;
  readonly backupsDir: string;
  /** Uploads streamed to disk and files being checked: emptied at every start. */
  readonly tmpDir: string;
  private current: OpenDatabase;
  private cachedSettings: Settings;

  private constructor(
    readonly options: HostOptions,
    open: OpenDatabase,
    private readonly unlock: () => void,
  ) {
    this.dbFile = join(options.dataDir, 'suraksha.sqlite');
    this.backupsDir = join(options.dataDir, 'backups');
    this.tmpDir = join(options.dataDir, 'tmp');
    this.current = open;
    this.cachedSettings = readSettings(open.db);
  }

  /** Takes the data folder (refused, naming the holder, when another process has it), then opens and migrates. */
  static async open(options: HostOptions): Promise<Host> {
    mkdirSync(options.dataDir, { recursive: true });
    const unlock = lockDataFolder(options.dataDir);
    try {
      // What a killed process left half-done: uploads, checks, proofs of payments never committed.
      rmSync(join(options.dataDir, 'tmp'), { recursive: true, force: true });
      rmSync(join(options.dataDir, 'suraksha.sqlite.restoring'), { force: true });
      const open = await Host.openAndMigrate(options, join(options.dataDir, 'suraksha.sqlite'));
      const referenced = open.sqlite.prepare("SELECT 1 FROM postings WHERE attachment LIKE '%' || ? || '%' LIMIT 1");
      sweepProofStaging(options.dataDir, (storedPath) => referenced.get(basename(storedPath)) !== undefined);
      return new Host(options, open, unlock);
    } catch (err) {
      unlock();
      throw err;
    }
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
      refreshNameKeys(open.sqlite);
      return open;
    } catch (err) {
      open.sqlite.close();
      throw err;
    }
  }

  get database(): OpenDatabase {
    return this.current;
  }

  /** Registers something else holding the database file open, told to let go before a restore and at close. */
  holdsDatabase(letGo: () => Promise<void>): void {
    this.holders.push(letGo);
  }

  private async letGoOfDatabase(): Promise<void> {
    await Promise.all(this.holders.map((letGo) => letGo()));
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
    // Not while a file of an import is being written; and the worker lets go of the old file first.
    return this.writeTurn.run('main', async () => {
      await this.letGoOfDatabase();
      return this.swapDatabase(source);
    });
  }

  private async swapDatabase(source: string): Promise<{ safetyCopy: string }> {
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
    void this.letGoOfDatabase();
    if (this.current.sqlite.open) this.current.sqlite.close();
    this.unlock();
  }
}
