import { randomBytes } from 'node:crypto';
import type { Role } from '../api/permissions';

export interface Session {
  token: string;
  userId: number;
  username: string;
  fullName: string;
  role: Role;
  language: 'en' | 'bn';
  lastSeen: number;
}

/**
 * Sessions live in memory: a restart of the app logs everyone out, which on a shared office PC
 * is what we want, and no request has to write to the database just to keep a session alive.
 */
export class SessionStore {
  private readonly byToken = new Map<string, Session>();

  start(user: Omit<Session, 'token' | 'lastSeen'>, now: number): Session {
    const session: Session = { ...user, token: randomBytes(32).toString('base64url'), lastSeen: now };
    this.byToken.set(session.token, session);
    return session;
  }

  /** The live session for a token, touched; null when unknown or idle for longer than the timeout. */
  resolve(token: string | null | undefined, now: number, timeoutMinutes: number): Session | null | 'expired' {
    if (!token) return null;
    const session = this.byToken.get(token);
    if (!session) return null;
    if (now - session.lastSeen > timeoutMinutes * 60_000) {
      this.byToken.delete(token);
      return 'expired';
    }
    session.lastSeen = now;
    return session;
  }

  /** The live session for a token without touching it: the transport's check before it reads a body. */
  peek(token: string | null | undefined, now: number, timeoutMinutes: number): Session | null {
    const session = token ? this.byToken.get(token) : undefined;
    return session && now - session.lastSeen <= timeoutMinutes * 60_000 ? session : null;
  }

  end(token: string): void {
    this.byToken.delete(token);
  }

  endForUser(userId: number): void {
    for (const [token, s] of this.byToken) if (s.userId === userId) this.byToken.delete(token);
  }

  update(userId: number, change: Partial<Pick<Session, 'fullName' | 'role' | 'language'>>): void {
    for (const s of this.byToken.values()) if (s.userId === userId) Object.assign(s, change);
  }

  all(): Session[] {
    return [...this.byToken.values()];
  }
}
