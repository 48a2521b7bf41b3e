import { z } from 'zod';
import { office, users } from '../../db/schema';
import { hashPassword, passwordWeakness } from '../passwords';
import { UserError } from '../../api/errors';
import { optionalText, requiredText } from '../../api/fields';
import { method, type ApiArea } from '../../api/types';
import { startSession, publicUser } from './auth';
import { organisationPan } from './office';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, 'errors.username');

export const setupApi = {
  'setup.status': method({
    input: z.object({}),
    permission: 'public',
    handler: (ctx) => {
      const row = ctx.db.select().from(office).get();
      return {
        initialized: row !== undefined,
        office: row
          ? {
              organisation: row.organisation,
              officeName: row.officeName,
              officeCode: row.officeCode,
              district: row.district,
              block: row.block,
            }
          : null,
      };
    },
  }),

  /** First start: the office's details and the first administrator, who is then logged in. */
  'setup.initialize': method({
    input: z.object({
      organisation: requiredText(),
      officeName: requiredText(),
      officeCode: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2,6}$/, 'errors.officeCode'),
      district: requiredText(),
      block: requiredText(),
      adminName: requiredText(),
      adminUsername: usernameSchema,
      adminPassword: z.string(),
      /** For 80G receipts; skippable here, asked for again on the start screen until filled. */
      address: optionalText(300),
      pan: organisationPan,
      urn80g: optionalText(60),
      language: z.enum(['en', 'bn']).default('en'),
    }),
    permission: 'public',
    handler: async (ctx, input) => {
      const weakness = passwordWeakness(input.adminPassword, input.adminUsername);
      if (weakness) throw new UserError('weak_password', weakness, {}, { field: 'adminPassword' });
      const passwordHash = await hashPassword(input.adminPassword);
      const at = ctx.now.toISOString();
      const user = ctx.write((w) => {
        if (w.db.select().from(office).get()) throw new UserError('already_initialized', 'errors.alreadyInitialized', {}, {}, 409);
        w.db
          .insert(office)
          .values({
            id: 1,
            organisation: input.organisation,
            officeName: input.officeName,
            officeCode: input.officeCode,
            district: input.district,
            block: input.block,
            address: input.address,
            pan: input.pan,
            urn80g: input.urn80g,
            createdAt: at,
          })
          .run();
        const created = w.db
          .insert(users)
          .values({
            username: input.adminUsername,
            fullName: input.adminName,
            role: 'admin',
            passwordHash,
            language: input.language,
            createdAt: at,
            updatedAt: at,
          })
          .returning()
          .get();
        ctx.session = startSession(ctx, created);
        w.audit({
          action: 'setup.initialize',
          entity: 'office',
          entityId: 1,
          summary: `${input.organisation} — ${input.officeName}`,
          facts: { organisation: input.organisation, officeName: input.officeName },
        });
        w.audit({
          action: 'users.create',
          entity: 'users',
          entityId: created.id,
          summary: `${created.username} (admin)`,
          facts: { name: created.fullName, role: 'admin' },
        });
        return created;
      });
      return publicUser(user);
    },
  }),
} satisfies ApiArea;
