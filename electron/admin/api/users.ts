import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../db/schema';
import { hashPassword, passwordWeakness } from '../passwords';
import { publicUser } from './auth';
import { UserError } from '../../api/errors';
import { id, requiredText } from '../../api/fields';
import { roles } from '../../api/permissions';
import { usernameSchema } from './setup';
import { method, type ApiArea } from '../../api/types';

const role = z.enum(roles, 'errors.role');

export const usersApi = {
  'users.list': method({
    input: z.object({}),
    permission: 'users.manage',
    handler: (ctx) => ctx.db.select().from(users).orderBy(asc(users.fullName)).all().map(publicUser),
  }),

  'users.create': method({
    input: z.object({ fullName: requiredText(), username: usernameSchema, role, password: z.string() }),
    permission: 'users.manage',
    handler: async (ctx, input) => {
      const weakness = passwordWeakness(input.password, input.username);
      if (weakness) throw new UserError('weak_password', weakness, {}, { field: 'password' });
      const passwordHash = await hashPassword(input.password);
      const at = ctx.now.toISOString();
      return ctx.write((w) => {
        if (w.db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
          throw new UserError('username_taken', 'errors.usernameTaken', { username: input.username }, { field: 'username' }, 409);
        }
        const row = w.db
          .insert(users)
          .values({ username: input.username, fullName: input.fullName, role: input.role, passwordHash, createdAt: at, updatedAt: at })
          .returning()
          .get();
        w.audit({
          action: 'users.create',
          entity: 'users',
          entityId: row.id,
          summary: `${row.username} (${row.role})`,
          facts: { name: row.fullName, role: row.role },
        });
        return publicUser(row);
      });
    },
  }),

  /** Edit a user's name and role, or deactivate them (their open sessions end at once). */
  'users.update': method({
    input: z.object({ id, fullName: requiredText(), role, active: z.boolean() }),
    permission: 'users.manage',
    handler: (ctx, input) => {
      const row = ctx.write((w) => {
        const before = w.db.select().from(users).where(eq(users.id, input.id)).get();
        if (!before) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
        const demotesSelf = input.id === ctx.session.userId && (input.role !== 'admin' || !input.active);
        if (demotesSelf) throw new UserError('last_admin', 'errors.selfDemote', {}, { field: 'role' }, 409);
        const updated = w.db
          .update(users)
          .set({ fullName: input.fullName, role: input.role, active: input.active, updatedAt: ctx.now.toISOString() })
          .where(eq(users.id, input.id))
          .returning()
          .get();
        const changes = [
          before.fullName !== input.fullName ? `name → ${input.fullName}` : '',
          before.role !== input.role ? `role ${before.role} → ${input.role}` : '',
          before.active !== input.active ? (input.active ? 'reactivated' : 'deactivated') : '',
        ].filter(Boolean);
        w.audit({
          action: 'users.update',
          entity: 'users',
          entityId: input.id,
          summary: `${before.username}: ${changes.join(', ') || 'no change'}`,
          facts: { name: input.fullName, role: input.role, active: input.active },
        });
        return updated;
      });
      if (!row) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      if (row.active) ctx.host.sessions.update(row.id, { fullName: row.fullName, role: row.role });
      else ctx.host.sessions.endForUser(row.id);
      return publicUser(row);
    },
  }),

  /** An administrator sets a new password for a user who forgot theirs; this also lifts a lock. */
  'users.resetPassword': method({
    input: z.object({ id, password: z.string() }),
    permission: 'users.manage',
    handler: async (ctx, input) => {
      const user = ctx.db.select().from(users).where(eq(users.id, input.id)).get();
      if (!user) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
      const weakness = passwordWeakness(input.password, user.username);
      if (weakness) throw new UserError('weak_password', weakness, {}, { field: 'password' });
      const passwordHash = await hashPassword(input.password);
      ctx.write((w) => {
        w.db
          .update(users)
          .set({ passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: ctx.now.toISOString() })
          .where(eq(users.id, user.id))
          .run();
        w.audit({
          action: 'users.resetPassword',
          entity: 'users',
          entityId: user.id,
          summary: user.username,
          facts: { name: user.fullName },
        });
      });
      ctx.host.sessions.endForUser(user.id);
      ctx.host.loginGuard.forget(user.username);
      return { reset: true };
    },
  }),
} satisfies ApiArea;
