import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { backupTo, dailyBackup, timestampForFile, verifyBackupFile } from '../admin/backup';
import type { UserError } from '../api/errors';
import { LoginGuard } from '../admin/loginGuard';
import { SessionStore } from '../admin/sessions';
import { readSettings, type Settings } from '../admin/settings';
import { openDatabase, type OpenDatabase } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { refreshNameKeys } from '../register/nameKeyRefresh';
import { sweepProofStaging } from '../sponsorship/proofs';
import { lockDataFolder } from './dataLock';
import { WriteTurn } from './writeTurn';
import { readHostEpoch, writeHostEpoch } from './epoch';
import { writeRefusal, type HostMode } from './hostMode';
import {
  readStandbyFolder,
  readStandbyMarker,
  standbySnapshotFile,
  writeStandbyMarker,
  writeStandbySnapshot,
  type StandbyMarker,
} from './standby';

export interface HostOptions {
  dataDir: string;
  migrationsFolder: string;
  /** Injected clock, so tests can move time (session expiry, lockouts). */
  clock?: () => Date;
  log?: (message: string, error?: unknown) => void;
  /**
   * A standby folder whose latest snapshot this host opens read-only (`serve --snapshot`), instead
   * of the data folder's own database. The data folder is still this PC's: a promotion puts it there.
   */
  snapshotOf?: string;
}

export class StandbyUnavailable extends Error {}

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
  readonly backupsDir: string;
  /** Uploads streamed to disk and files being checked: emptied at every start. */
  readonly tmpDir: string;
  private current: OpenDatabase;
  private cachedSettings: Settings;
  private file: string;
  private currentMode: HostMode;
  private currentEpoch: number;
  private standbyCopy: Promise<StandbyMarker | null> | null = null;

  private constructor(
    readonly options: HostOptions,
    open: OpenDatabase,
    private readonly unlock: () => void,
    opened: { file: string; mode: HostMode },
  ) {
    this.file = opened.file;
    this.currentMode = opened.mode;
    this.currentEpoch = readHostEpoch(open.sqlite);
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
      if (options.snapshotOf !== undefined) return await Host.openSnapshot(options, options.snapshotOf, unlock);
      const file = join(options.dataDir, 'suraksha.sqlite');
      const open = await Host.openAndMigrate(options, file);
      const referenced = open.sqlite.prepare("SELECT 1 FROM postings WHERE attachment LIKE '%' || ? || '%' LIMIT 1");
      sweepProofStaging(options.dataDir, (storedPath) => referenced.get(basename(storedPath)) !== undefined);
      const host = new Host(options, open, unlock, { file, mode: { kind: 'live' } });
      host.checkFence();
      return host;
    } catch (err) {
      unlock();
      throw err;
    }
  }

  /**
   * The standby folder's latest snapshot, copied into the data folder's snapshot/ and opened there:
   * the copy takes the logins' own bookkeeping, the standby's file stays as the host wrote it.
   */
  private static async openSnapshot(options: HostOptions, folder: string, unlock: () => void): Promise<Host> {
    const source = standbySnapshotFile(folder);
    const marker = readStandbyMarker(folder);
    if (!source || !marker || !verifyBackupFile(source)) throw new StandbyUnavailable(`no whole snapshot in ${folder}`);
    const dir = join(options.dataDir, 'snapshot');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'suraksha.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    copyFileSync(source, file);
    const open = await Host.openAndMigrate({ ...options, dataDir: dir }, file);
    return new Host(options, open, unlock, {
      file,
      mode: { kind: 'snapshot', folder, takenAt: marker.takenAt, hostName: marker.hostName },
    });
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

  /** The database file this host has open. */
  get dbFile(): string {
    return this.file;
  }

  get mode(): HostMode {
    return this.currentMode;
  }

  /**
   * Which host a browser or desktop window is talking to, for what it keeps between visits (an import
   * batch): this PC and data folder, where the host keeps its batches; a snapshot opened read-only is
   * another host, holding none of them. Not a secret, and the same after a restart.
   */
  get id(): string {
    const place = createHash('sha256')
      .update(`${hostname()}\0${resolve(this.options.dataDir)}`)
      .digest('hex')
      .slice(0, 16);
    return this.currentMode.kind === 'snapshot' ? `${place}-snapshot` : place;
  }

  /** This host's epoch, sent with every answer (X-Suraksha-Epoch). */
  get epoch(): number {
    return this.currentEpoch;
  }

  /** Why nothing can be saved on this host now (a snapshot, or fenced), or null. */
  writeRefusal(): UserError | null {
    return writeRefusal(this.currentMode);
  }

  /** Another PC took over: this host answers reads and saves nothing from now on. */
  fence(takenOverAt: string, by: string): void {
    if (this.currentMode.kind !== 'live') return;
    this.currentMode = { kind: 'fenced', takenOverAt, by };
    this.log(`fenced: ${by} took over as the office host at ${takenOverAt}`);
  }

  /** A higher epoch in the standby marker means a standby was made the host: this one is fenced. */
  private checkFence(): void {
    const folder = readStandbyFolder(this.current.sqlite);
    const marker = folder ? readStandbyMarker(folder) : null;
    if (marker && marker.epoch > this.currentEpoch) this.fence(marker.promotedAt ?? marker.takenAt, marker.hostName);
  }

  /** A client has seen a higher epoch than ours: another PC is the host now. */
  heardOfEpoch(epoch: number): void {
    if (epoch <= this.currentEpoch || this.currentMode.kind !== 'live') return;
    const folder = readStandbyFolder(this.current.sqlite);
    const marker = folder ? readStandbyMarker(folder) : null;
    this.fence(marker?.promotedAt ?? this.now().toISOString(), marker?.hostName ?? '');
  }

  /** The standby folder's marker, as the settings screen shows it (null: no folder chosen, or it cannot be read). */
  standbyMarker(): { folder: string | null; marker: StandbyMarker | null } {
    const folder = this.currentMode.kind === 'snapshot' ? this.currentMode.folder : readStandbyFolder(this.current.sqlite);
    return { folder, marker: folder ? readStandbyMarker(folder) : null };
  }

  /**
   * Copies a consistent snapshot to the standby folder the administrator chose (every 15 minutes and
   * at a graceful stop); null when there is no folder, or this host must not (a snapshot, fenced).
   * A higher epoch found there fences this host instead of overwriting the new host's snapshot.
   * It waits for its turn, so an import's file is not being written meanwhile (a backup restarts
   * whenever another connection writes).
   */
  copyToStandby(): Promise<StandbyMarker | null> {
    this.standbyCopy ??= this.writeTurn
      .run('main', async () => {
        const folder = readStandbyFolder(this.current.sqlite);
        if (this.currentMode.kind !== 'live' || !folder) return null;
        this.checkFence();
        if (this.currentMode.kind !== 'live') return null;
        const marker: StandbyMarker = { takenAt: this.now().toISOString(), epoch: this.currentEpoch, hostName: hostname() };
        await writeStandbySnapshot(this.current.sqlite, folder, marker);
        return marker;
      })
      .finally(() => {
        this.standbyCopy = null;
      });
    return this.standbyCopy;
  }

  /**
   * "Make this PC the host", on a standby showing the snapshot: the snapshot becomes this PC's live
   * database with the epoch raised by one, written back to the standby marker first, so the old host
   * fences itself when it next looks (at its start, or its next copy) and clients refuse it.
   */
  async promote(): Promise<{ epoch: number }> {
    const mode = this.currentMode;
    if (mode.kind !== 'snapshot') throw new StandbyUnavailable('this host is not showing a snapshot');
    return this.writeTurn.run('main', async () => {
      const source = standbySnapshotFile(mode.folder);
      const marker = readStandbyMarker(mode.folder);
      if (!source || !marker || !verifyBackupFile(source)) throw new StandbyUnavailable(`no whole snapshot in ${mode.folder}`);
      const epoch = Math.max(marker.epoch, this.currentEpoch) + 1;
      const live = join(this.options.dataDir, 'suraksha.sqlite');
      mkdirSync(this.backupsDir, { recursive: true });
      if (existsSync(live)) {
        // What this PC had before (its own office of old, or an earlier promotion) is kept, not lost.
        const old = await Host.openAndMigrate(this.options, live);
        try {
          await backupTo(old.sqlite, join(this.backupsDir, `suraksha-before-promotion-${timestampForFile(this.now())}.sqlite`));
        } finally {
          old.sqlite.close();
        }
      }
      const staged = `${live}.promoting`;
      copyFileSync(source, staged);
      if (!verifyBackupFile(staged)) {
        rmSync(staged, { force: true });
        throw new StandbyUnavailable(`the snapshot copied from ${mode.folder} does not verify`);
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(live + suffix, { force: true });
      renameSync(staged, live);
      const now = this.now().toISOString();
      writeStandbyMarker(mode.folder, { ...marker, epoch, hostName: hostname(), promotedAt: now });
      const open = await Host.openAndMigrate(this.options, live);
      writeHostEpoch(open.sqlite, epoch);
      this.current.sqlite.close();
      this.current = open;
      this.file = live;
      this.currentEpoch = epoch;
      this.currentMode = { kind: 'live' };
      this.reloadSettings();
      return { epoch };
    });
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
    if (this.currentMode.kind === 'snapshot') return null;
    return dailyBackup(this.current.sqlite, join(this.backupsDir, 'daily'), this.now());
  }

  /**
   * Replaces the live database with an already-checked backup file. The current database is
   * copied aside first; if the new one cannot be opened, that copy is put back.
   */
  async replaceDatabase(source: string): Promise<{ safetyCopy: string }> {
    const refusal = this.writeRefusal();
    if (refusal) throw refusal;
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
