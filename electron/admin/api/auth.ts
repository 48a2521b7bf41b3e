import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../db/schema';
import { hashPassword, passwordWeakness, verifyPassword } from '../passwords';
import { writeAudit } from '../audit';
import { UserError } from '../../api/errors';
import { permissionsOf } from '../../api/permissions';
import { method, type ApiArea, type Ctx, type Session } from '../../api/types';

type UserRow = typeof users.$inferSelect;

/** A real scrypt hash of no one's password, checked when the username is unknown so that both answers take as long. */
const unknownUserHash = 'scrypt$32768$8$1$kN94ucWTVF3porcc3zGdhg==$tm7RAIv8mAgqXNdWaj2+b9VBZ+p9Yv7XnKhnn0MTUHc=';

export function publicUser(u: UserRow) {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    active: u.active,
    language: u.language,
    lockedUntil: u.lockedUntil,
    createdAt: u.createdAt,
  };
}
export type PublicUser = ReturnType<typeof publicUser>;

export function startSession(ctx: Ctx, u: UserRow): Session {
  const session = ctx.host.sessions.start(
    { userId: u.id, username: u.username, fullName: u.fullName, role: u.role, language: u.language },
    ctx.now.getTime(),
  );
  ctx.setSessionToken(session.token);
  return session;
}

function me(ctx: Ctx, session: Session) {
  return {
    hostId: ctx.host.id,
    userId: session.userId,
    username: session.username,
    fullName: session.fullName,
    role: session.role,
    language: session.language,
    permissions: permissionsOf(session.role),
  };
}

export const authApi = {
  'auth.me': method({
    input: z.object({}),
    permission: 'public',
    handler: (ctx) => (ctx.session ? me(ctx, ctx.session) : null),
  }),

  'auth.login': method({
    input: z.object({
      username: z.string().trim().toLowerCase().min(1, 'errors.required'),
      password: z.string().min(1, 'errors.required'),
    }),
    permission: 'public',
    handler: async (ctx, input) => {
      // Counted once per attempt, even when the attempt is run again behind an import's write (see ctx.once).
      const admission = ctx.once('admission', () =>
        ctx.host.loginGuard.admit(ctx.caller, input.username, ctx.now.getTime(), {
          attemptsPerAccount: ctx.host.settings.lockoutAttempts,
          maxWaitMinutes: ctx.host.settings.lockoutMinutes,
        }),
      );
      if (!admission.admitted) {
        throw new UserError('login_throttled', 'errors.access.loginWait', { seconds: admission.waitSeconds }, { field: 'password' }, 429);
      }
      const user = ctx.db.select().from(users).where(eq(users.username, input.username)).get();
      // The same work for a username that does not exist: a hash is checked either way.
      const matches = await ctx.once('matches', () => verifyPassword(input.password, user?.passwordHash ?? unknownUserHash));
      if (!user || !user.active || !matches) {
        const reason = !user ? 'unknown user' : !user.active ? 'inactive' : 'wrong password';
        ctx.write((w) => {
          w.audit({
            action: 'auth.loginFailed',
            entity: 'users',
            entityId: user?.id,
            summary: `${input.username} from ${ctx.caller}: ${reason}`,
            facts: { username: input.username, caller: ctx.caller },
          });
          if (admission.lockedNow)
            w.audit({
              action: 'auth.locked',
              entity: 'users',
              entityId: user?.id,
              summary: `${input.username} from ${ctx.caller}: waits before trying again`,
              facts: { username: input.username, caller: ctx.caller },
            });
        });
        throw new UserError('login_failed', 'errors.loginFailed', {}, { field: 'password' }, 401);
      }
      ctx.host.loginGuard.succeeded(ctx.caller, input.username);
      // A caller who logs in again (as anyone) gives up the session it had.
      if (ctx.session) ctx.host.sessions.end(ctx.session.token);
      ctx.write((w) => {
        w.db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
        ctx.session = startSession(ctx, user);
        w.audit({ action: 'auth.login', entity: 'users', entityId: user.id, summary: user.username, facts: { name: user.fullName } });
      });
      return ctx.session ? me(ctx, ctx.session) : null;
    },
  }),

  'auth.logout': method({
    input: z.object({}),
    permission: 'session',
    handler: (ctx) => {
      writeAudit(
        ctx.host,
        ctx.session,
        {
          action: 'auth.logout',
          entity: 'users',
          entityId: ctx.session.userId,
          summary: ctx.session.username,
          facts: { name: ctx.session.fullName },
        },
        ctx.device,
      );
      ctx.host.sessions.end(ctx.session.token);
      ctx.setSessionToken(null);
      return { loggedOut: true };
    },
  }),

  'auth.changePassword': method({
    input: z.object({ currentPassword: z.string().min(1, 'errors.required'), newPassword: z.string() }),
    permission: 'session',
    handler: async (ctx, input) => {
      const user = ctx.db.select().from(users).where(eq(users.id, ctx.session.userId)).get();
      if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
        throw new UserError('wrong_password', 'errors.wrongPassword', {}, { field: 'currentPassword' });
      }
      const weakness = passwordWeakness(input.newPassword, user.username);
      if (weakness) throw new UserError('weak_password', weakness, {}, { field: 'newPassword' });
      const passwordHash = await hashPassword(input.newPassword);
      ctx.write((w) => {
        w.db.update(users).set({ passwordHash, updatedAt: ctx.now.toISOString() }).where(eq(users.id, user.id)).run();
        w.audit({
          action: 'auth.changePassword',
          entity: 'users',
          entityId: user.id,
          summary: user.username,
          facts: { name: user.fullName },
        });
      });
      return { changed: true };
    },
  }),

  'auth.setLanguage': method({
    input: z.object({ language: z.enum(['en', 'bn']) }),
    permission: 'session',
    handler: (ctx, input) => {
      ctx.write((w) => {
        w.db.update(users).set({ language: input.language }).where(eq(users.id, ctx.session.userId)).run();
      });
      ctx.host.sessions.update(ctx.session.userId, { language: input.language });
      return { language: input.language };
    },
  }),
} satisfies ApiArea;
