interface Tally {
  failures: number;
  lastAt: number;
  waitUntil: number;
}

export interface GuardRules {
  /** Wrong passwords for one account from one caller before a wait starts (the office setting). */
  attemptsPerAccount: number;
  /** The longest wait, in minutes (the office setting); each further failure doubles it up to this. */
  maxWaitMinutes: number;
}

/** Wrong passwords from one caller over every username before that caller must wait. */
const attemptsPerCaller = 20;
const firstWaitMs = 30_000;
const keptTallies = 5_000;

export type Admission = { admitted: true; lockedNow: boolean } | { admitted: false; waitSeconds: number };

/**
 * Slows password guessing without letting anyone keep a user out. Each failure is counted before
 * the password is checked (synchronously, so forty guesses sent at once count as forty), per account
 * *and caller*, and per caller across every username. Past the free attempts a caller waits, and the
 * wait doubles with every further failure up to the office's maximum: a guesser elsewhere on the LAN
 * is slowed to a crawl while the right password from the office PC still works.
 * Unknown usernames are counted exactly like real ones, so the answers tell nothing.
 */
export class LoginGuard {
  private readonly byAccount = new Map<string, Tally>();
  private readonly byCaller = new Map<string, Tally>();

  private static wait(failures: number, free: number, maxMs: number): number {
    const beyond = failures - free;
    return beyond < 0 ? 0 : Math.min(maxMs, firstWaitMs * 2 ** Math.min(beyond, 20));
  }

  private tally(map: Map<string, Tally>, key: string, now: number): Tally {
    let t = map.get(key);
    if (!t) {
      if (map.size >= keptTallies) this.prune(map, now);
      t = { failures: 0, lastAt: now, waitUntil: 0 };
      map.set(key, t);
    }
    return t;
  }

  private prune(map: Map<string, Tally>, now: number): void {
    for (const [key, t] of map) if (t.waitUntil < now && now - t.lastAt > 60 * 60_000) map.delete(key);
    // Still full (a flood of made-up usernames): the oldest go first.
    for (const key of map.keys()) {
      if (map.size < keptTallies) break;
      map.delete(key);
    }
  }

  /**
   * Called before the password is checked. Refuses while a wait is due; otherwise counts this
   * attempt as a failure at once (undone by `succeeded`) and says whether it started a wait.
   */
  admit(caller: string, username: string, now: number, rules: GuardRules): Admission {
    const account = this.tally(this.byAccount, `${caller}\n${username}`, now);
    const mine = this.tally(this.byCaller, caller, now);
    const until = Math.max(account.waitUntil, mine.waitUntil);
    if (now < until) return { admitted: false, waitSeconds: Math.ceil((until - now) / 1000) };
    const maxMs = rules.maxWaitMinutes * 60_000;
    account.failures += 1;
    account.lastAt = now;
    mine.failures += 1;
    mine.lastAt = now;
    const accountWait = LoginGuard.wait(account.failures, rules.attemptsPerAccount, maxMs);
    const callerWait = LoginGuard.wait(mine.failures, attemptsPerCaller, maxMs);
    if (accountWait > 0) account.waitUntil = now + accountWait;
    if (callerWait > 0) mine.waitUntil = now + callerWait;
    return { admitted: true, lockedNow: accountWait > 0 || callerWait > 0 };
  }

  /** The right password: this account's count from this caller starts again, and the caller's attempt is undone. */
  succeeded(caller: string, username: string): void {
    this.byAccount.delete(`${caller}\n${username}`);
    const mine = this.byCaller.get(caller);
    if (mine) {
      mine.failures = Math.max(0, mine.failures - 1);
      if (mine.failures < attemptsPerCaller) mine.waitUntil = 0;
    }
  }

  /** The administrator set a new password: every wait on this account ends. */
  forget(username: string): void {
    for (const key of this.byAccount.keys()) if (key.endsWith(`\n${username}`)) this.byAccount.delete(key);
  }
}
