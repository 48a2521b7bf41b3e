import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishMessage } from '../api/messages';

interface Holder {
  pid: number;
  startedAt: string;
  program: string;
}

/** The data folder is held by another running Suraksha (the desktop app, or another `npm run serve`). */
export class DataFolderInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: Holder,
  ) {
    super(
      englishMessage('errors.host.dataFolderInUse', { folder: dataDir, pid: holder.pid, since: holder.startedAt, program: holder.program }),
    );
    this.name = 'DataFolderInUse';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return typeof err === 'object' && err !== null && 'code' in err && err.code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, startedAt: String(parsed.startedAt ?? ''), program: String(parsed.program ?? '') }
      : null;
  } catch {
    return null;
  }
}

/**
 * One process at a time opens a data folder: two hosts on one database would fight over its write
 * lock and fail half of each other's writes. The lock file names its holder, so the second start
 * can say which process to close; a holder that died (a power cut, kill -9) leaves a lock that the
 * next start takes over.
 */
export function lockDataFolder(dataDir: string, program = process.argv[1] ?? 'suraksha'): () => void {
  const file = join(dataDir, 'suraksha.lock');
  const mine: Holder = { pid: process.pid, startedAt: new Date().toISOString(), program };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      return () => {
        if (readHolder(file)?.pid === mine.pid) rmSync(file, { force: true });
      };
    } catch (err) {
      if (!(typeof err === 'object' && err !== null && 'code' in err && err.code === 'EEXIST')) throw err;
    }
    const holder = readHolder(file);
    if (holder && alive(holder.pid)) throw new DataFolderInUse(dataDir, holder);
    // A stale lock (its process is gone, or the file was cut short): take it over once.
    rmSync(file, { force: true });
  }
  const holder = readHolder(file);
  throw new DataFolderInUse(dataDir, holder ?? { pid: 0, startedAt: '', program: '' });
}
