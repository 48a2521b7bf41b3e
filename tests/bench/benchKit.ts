/**
 * What every bench does the same way: the row it prints, the seeded generator, a session on the
 * bench's database, a call through dispatch and the timing of repeated calls.
 */
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/api/dispatch';
import type { Host } from '../../electron/host/host';

export { random } from '../fixtures/attendance/children';

export interface BenchRow {
  operation: string;
  time: string;
  throughput: string;
  note: string;
}

/** The office every bench database is set up as (the first run sets it up, later runs log in). */
const benchSetup = {
  organisation: 'Bench NGO',
  officeName: 'Bench block office',
  officeCode: 'BNC',
  district: 'North 24 Parganas',
  block: 'Basirhat-II',
  adminName: 'Bench Admin',
  adminUsername: 'bench',
  adminPassword: 'Block2026x',
};

/** Sets the office up on an empty database, or logs its administrator in on one set up before. */
export async function benchLogin(host: Host): Promise<string> {
  let token: string | null = null;
  const setSessionToken = (t: string | null) => (token = t);
  const status = await dispatch(host, { method: 'setup.status', input: {}, sessionToken: null, setSessionToken });
  const initialized = status.ok && (status.result as { initialized: boolean }).initialized;
  const outcome = initialized
    ? await dispatch(host, {
        method: 'auth.login',
        input: { username: benchSetup.adminUsername, password: benchSetup.adminPassword },
        sessionToken: null,
        setSessionToken,
      })
    : await dispatch(host, { method: 'setup.initialize', input: benchSetup, sessionToken: null, setSessionToken });
  if (!outcome.ok || !token) throw new Error(`could not log in: ${JSON.stringify(outcome)}`);
  return token;
}

/** A session for the first user the SQL condition picks (no password: the bench database's users have none it knows). */
export function sessionOf(host: Host, where: string, at: number = Date.now()): string {
  const user = host.database.sqlite
    .prepare(`SELECT id, username, full_name AS fullName, role FROM users WHERE ${where} ORDER BY id LIMIT 1`)
    .get() as { id: number; username: string; fullName: string; role: 'admin' | 'case_worker' };
  return host.sessions.start({ userId: user.id, username: user.username, fullName: user.fullName, role: user.role, language: 'en' }, at)
    .token;
}

/** One call through dispatch, as the window makes it; a refusal stops the bench. */
export async function call<T>(host: Host, token: string, method: string, input: unknown): Promise<T> {
  const outcome = await dispatch(host, { method, input, sessionToken: token, setSessionToken: () => undefined });
  if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
  return outcome.result as T;
}

/** One call and how long it took. */
export async function timedCall<T>(host: Host, token: string, method: string, input: unknown): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await call<T>(host, token, method, input);
  return { ms: performance.now() - t0, result };
}

/** The wall times of `runs` runs, fastest first. */
export async function timedRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** The wall times of `runs` calls of one method, fastest first. */
export function timedCalls(host: Host, token: string, method: string, input: unknown, runs: number): Promise<number[]> {
  return timedRuns(runs, () => call(host, token, method, input));
}

export const median = (times: readonly number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
