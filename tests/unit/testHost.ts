import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch, type CallOutcome } from '../../electron/api/dispatch';
import type { ApiInput, ApiResult, MethodName } from '../../electron/api/contract';
import { uploadPath } from '../../electron/host/bodies';
import { Host } from '../../electron/host/host';
import { basirhatOffice, password } from '../fixtures/office';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
export const adminPassword = password;

export interface TestHost {
  host: Host;
  dataDir: string;
  /** Moves the host's clock forward, for session expiry and lockouts. */
  advance(minutes: number): void;
  /** Calls as a caller holding `token` (null: no session); remembers what the transport would. */
  raw(method: string, input: unknown, caller?: Caller): Promise<CallOutcome>;
  ok<M extends MethodName>(method: M, input: ApiInput<M>, caller?: Caller): Promise<ApiResult<M>>;
  cleanup(): void;
}

export interface Caller {
  token: string | null;
  /** Where the call comes from, as the HTTP host would say (an IP address); 'local' when absent. */
  address?: string;
}

export async function createTestHost(): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'suraksha-test-'));
  let now = new Date('2026-11-24T09:00:00Z').getTime();
  const host = await Host.open({ dataDir, migrationsFolder, clock: () => new Date(now), log: () => undefined });
  const anonymous: Caller = { token: null };
  const raw = (method: string, input: unknown, caller: Caller = anonymous) =>
    dispatch(host, {
      method,
      input,
      sessionToken: caller.token,
      ...(caller.address ? { caller: caller.address } : {}),
      setSessionToken: (token) => {
        caller.token = token;
      },
    });
  return {
    host,
    dataDir,
    advance: (minutes) => {
      now += minutes * 60_000;
    },
    raw,
    ok: async (method, input, caller) => {
      const outcome = await raw(method, input, caller);
      if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
      return outcome.result as never;
    },
    cleanup: () => {
      host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A set-up office with a logged-in administrator. */
export async function officeWithAdmin(): Promise<TestHost & { admin: Caller }> {
  const t = await createTestHost();
  const admin: Caller = { token: null };
  await t.ok('setup.initialize', basirhatOffice, admin);
  return { ...t, admin };
}

/** Creates a user with a role and returns a caller logged in as them. */
export async function userWithRole(t: TestHost, admin: Caller, username: string, role: ApiInput<'users.create'>['role']): Promise<Caller> {
  await t.ok('users.create', { fullName: `${username} tester`, username, role, password: adminPassword }, admin);
  const caller: Caller = { token: null };
  await t.ok('auth.login', { username, password: adminPassword }, caller);
  return caller;
}

/** A file as the HTTP host leaves it after `POST /upload/restore`: answers the upload id. */
export function stageUpload(t: TestHost, bytes: Buffer): string {
  const uploadId = randomUUID();
  mkdirSync(t.host.tmpDir, { recursive: true });
  writeFileSync(uploadPath(t.host.tmpDir, uploadId), bytes);
  return uploadId;
}

/** A pen drive plugged in: a folder that exists (a backup is never written into a folder it had to invent). */
export function penDrive(dataDir: string, name: string): string {
  const folder = join(dataDir, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}
