import { randomInt, timingSafeEqual } from 'node:crypto';

export const pairingCodeMinutes = 10;
/** Wrong codes before the open code is closed: 5 guesses of 10^8 codes. */
export const pairingWrongAttempts = 5;

export type PairingOutcome = 'paired' | 'wrong' | 'expired' | 'used' | 'closed' | 'none';

interface OpenCode {
  code: string;
  expiresAt: number;
  wrong: number;
  state: 'open' | 'used' | 'closed';
}

function same(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The host's one pairing code at a time: 8 digits, valid 10 minutes, used once, closed after 5
 * wrong tries. Kept in memory: a restart of the host closes it, which costs the administrator a
 * new code and nothing else. The clock is passed in, so tests can let a code expire.
 */
export class PairingCodes {
  private current: OpenCode | null = null;

  issue(now: number): { code: string; expiresAt: number } {
    const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
    this.current = { code, expiresAt: now + pairingCodeMinutes * 60_000, wrong: 0, state: 'open' };
    return { code, expiresAt: this.current.expiresAt };
  }

  /** One attempt at pairing with `code`; only 'paired' lets the device in, and uses the code up. */
  attempt(code: string, now: number): PairingOutcome {
    const c = this.current;
    if (!c) return 'none';
    const matches = same(code, c.code);
    if (c.state === 'used') return matches ? 'used' : 'none';
    if (c.state === 'closed') return 'closed';
    if (now > c.expiresAt) return matches ? 'expired' : 'none';
    if (!matches) {
      c.wrong += 1;
      if (c.wrong >= pairingWrongAttempts) c.state = 'closed';
      return 'wrong';
    }
    c.state = 'used';
    return 'paired';
  }

  /** What the administrator's screen shows: the open code and until when, or nothing. */
  open(now: number): { code: string; expiresAt: number; wrongAttempts: number } | null {
    const c = this.current;
    return c && c.state === 'open' && now <= c.expiresAt ? { code: c.code, expiresAt: c.expiresAt, wrongAttempts: c.wrong } : null;
  }
}
