import type { CallOutcome } from '../api/dispatch';
import { UserError, type ErrorValues, type MessageKey } from '../api/errors';
import { englishMessage } from '../api/messages';
import { DataFolderInUse } from '../host/dataLock';
import { StandbyUnavailable } from '../host/host';
import { startHost, type RunningHost } from '../host/start';
import { callHost } from '../host/windowCall';
import { officeForwarder, type Forwarded, type OfficeForwarder } from './officeForwarder';
import type { SecretStore } from './secretStore';
import { latestSnapshot } from './standbySnapshot';

export interface OfficePcOptions {
  store: SecretStore;
  /** The host given at start (`--office-host`), or null: the one this PC is paired with. */
  target: { address: string; port: number } | null;
  /** This PC's own data folder: a snapshot opened here is copied into its snapshot/ (as `serve --snapshot` does). */
  dataDir: string;
  migrationsFolder: string;
  standbyFolder?: string | null;
  log?: (message: string, error?: unknown) => void;
}

/** What the window is showing: the office host's data, or the standby's snapshot of it, read-only. */
export type OfficePcState = { showing: 'host' } | { showing: 'snapshot'; takenAt: string; hostName: string };

function refused(code: string, key: MessageKey, values: ErrorValues, status = 409): CallOutcome {
  return { ok: false, status, error: { code, key, values, message: englishMessage(key, values) } };
}

const snapshotMissing = (folder: string) => refused('standby_missing', 'errors.devices.snapshotMissing', { folder });

/**
 * A PC of the office in "connect to the office host" mode. Its calls go to the host; when the host
 * cannot be reached, the window may open the office's latest snapshot here, read-only (the same host
 * `serve --snapshot` opens: every save refused, the banner with its time), and go back to the host.
 */
export class OfficePc {
  private readonly forward: OfficeForwarder;
  private snapshot: RunningHost | null = null;

  constructor(private readonly options: OfficePcOptions) {
    this.forward = officeForwarder(options.store, options.target, { standbyFolder: options.standbyFolder ?? null });
  }

  state(): OfficePcState {
    const mode = this.snapshot?.host.mode;
    return mode?.kind === 'snapshot' ? { showing: 'snapshot', takenAt: mode.takenAt, hostName: mode.hostName } : { showing: 'host' };
  }

  call(method: string, input: unknown, session: string | null, idempotencyKey?: string): Promise<Forwarded> {
    if (this.snapshot) return callHost(this.snapshot.host, method, input, session, idempotencyKey);
    return this.forward(method, input, session, idempotencyKey);
  }

  /** Opens the latest snapshot read-only; answers when it was taken, or why it cannot be opened. */
  async openSnapshot(): Promise<CallOutcome> {
    if (this.snapshot) return { ok: true, result: this.state() };
    const folder = this.forward.standbyFolder();
    if (!folder || !latestSnapshot(folder)) return snapshotMissing(folder ?? '');
    try {
      this.snapshot = await startHost({
        dataDir: this.options.dataDir,
        migrationsFolder: this.options.migrationsFolder,
        snapshotOf: folder,
        ...(this.options.log ? { log: this.options.log } : {}),
      });
    } catch (err) {
      if (err instanceof StandbyUnavailable) return snapshotMissing(folder);
      // A snapshot written by a newer Suraksha, or this PC's folder held by another Suraksha: said in words.
      if (err instanceof UserError) return refused(err.code, err.key, err.values, err.status);
      if (err instanceof DataFolderInUse) {
        const { pid, startedAt, program } = err.holder;
        return refused('data_folder_in_use', 'errors.host.dataFolderInUse', { folder: err.dataDir, pid, since: startedAt, program });
      }
      throw err;
    }
    return { ok: true, result: this.state() };
  }

  /** "Try the office host again": the snapshot is closed and the calls go to the host once more. */
  async backToHost(): Promise<void> {
    const open = this.snapshot;
    this.snapshot = null;
    await open?.stop();
  }

  close(): Promise<void> {
    return this.backToHost();
  }
}
