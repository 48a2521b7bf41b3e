import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '../../admin/audit';
import { UserError } from '../../api/errors';
import { id, requiredText } from '../../api/fields';
import { method, type ApiArea, type Ctx } from '../../api/types';
import { devices } from '../../db/schema';
import { newDeviceToken, tokenHash } from '../deviceStore';
import { officeHostControl, type OfficeHostControl } from '../officeHostControl';
import type { PairingOutcome } from '../pairingCodes';

function runningOfficeHost(ctx: Ctx): { control: OfficeHostControl; fingerprint: string } {
  const control = officeHostControl(ctx.host);
  const fingerprint = control?.status().fingerprint;
  if (!control || !fingerprint) throw new UserError('office_host_off', 'errors.devices.hostOff', {}, {}, 409);
  return { control, fingerprint };
}

const refusals: Record<Exclude<PairingOutcome, 'paired'>, UserError> = {
  wrong: new UserError('pairing_refused', 'errors.devices.codeWrong', {}, { field: 'code' }, 403),
  expired: new UserError('pairing_refused', 'errors.devices.codeExpired', {}, { field: 'code' }, 403),
  used: new UserError('pairing_refused', 'errors.devices.codeUsed', {}, { field: 'code' }, 403),
  closed: new UserError('pairing_refused', 'errors.devices.codeClosed', {}, { field: 'code' }, 403),
  none: new UserError('pairing_refused', 'errors.devices.codeNone', {}, { field: 'code' }, 403),
};

/** The office's paired PCs: pairing a new one with a one-time code, the list, and revoking one. */
export const devicesApi = {
  'devices.pairingCode': method({
    input: z.object({}),
    permission: 'office.manage',
    handler: (ctx) => {
      const { control } = runningOfficeHost(ctx);
      const issued = control.pairing.issue(ctx.now.getTime());
      const expiresAt = new Date(issued.expiresAt).toISOString();
      // The code itself is not written down: the audit log is read by managers too.
      ctx.write((w) => w.audit({ action: 'devices.pairingCode', entity: 'devices', facts: { expiresAt } }));
      return { code: issued.code, expiresAt };
    },
  }),

  'devices.pairingCodeOpen': method({
    input: z.object({}),
    permission: 'office.manage',
    handler: (ctx) => {
      const open = officeHostControl(ctx.host)?.pairing.open(ctx.now.getTime());
      return open ? { code: open.code, expiresAt: new Date(open.expiresAt).toISOString() } : null;
    },
  }),

  /** The one method a PC on the LAN may call before it is paired; every attempt is audited. */
  'devices.pair': method({
    input: z.object({
      code: z
        .string()
        .trim()
        .transform((s) => s.replace(/[\s-]/g, ''))
        .pipe(z.string().regex(/^\d{8}$/, 'errors.devices.codeFormat')),
      deviceName: requiredText(60, 'errors.devices.nameRequired'),
    }),
    permission: 'public',
    handler: (ctx, input) => {
      const { control, fingerprint } = runningOfficeHost(ctx);
      const outcome = control.pairing.attempt(input.code, ctx.now.getTime());
      const facts = { name: input.deviceName, caller: ctx.caller };
      if (outcome !== 'paired') {
        // Written before the refusal is answered, outside the refused call's transaction, so it stays.
        const action = `devices.pair${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}`;
        ctx.write((w) => w.audit({ action, entity: 'devices', summary: `${input.deviceName} from ${ctx.caller}: ${outcome}`, facts }));
        throw refusals[outcome];
      }
      const deviceToken = newDeviceToken();
      const paired = ctx.write((w) => {
        const row = w.db
          .insert(devices)
          .values({ name: input.deviceName, tokenHash: tokenHash(deviceToken), pairedAt: ctx.now.toISOString(), pairedFrom: ctx.caller })
          .returning({ id: devices.id })
          .get();
        // The new PC's first action is its pairing: the entry names it, as every later one will.
        writeAudit(
          ctx.host,
          null,
          { action: 'devices.pair', entity: 'devices', entityId: row.id, summary: `${input.deviceName} from ${ctx.caller}`, facts },
          { id: row.id, name: input.deviceName },
        );
        return row;
      });
      return { deviceToken, fingerprint, deviceId: paired.id };
    },
  }),

  'devices.list': method({
    input: z.object({}),
    permission: 'office.manage',
    handler: (ctx) =>
      ctx.db
        .select({
          id: devices.id,
          name: devices.name,
          pairedAt: devices.pairedAt,
          pairedFrom: devices.pairedFrom,
          lastUsedAt: devices.lastUsedAt,
          lastAddress: devices.lastAddress,
          revokedAt: devices.revokedAt,
        })
        .from(devices)
        .orderBy(desc(devices.id))
        .all(),
  }),

  'devices.revoke': method({
    input: z.object({ id }),
    permission: 'office.manage',
    handler: (ctx, input) =>
      ctx.write((w) => {
        const device = w.db.select().from(devices).where(eq(devices.id, input.id)).get();
        if (!device) throw new UserError('not_found', 'errors.devices.notFound', {}, {}, 404);
        if (device.revokedAt) return { id: device.id, revokedAt: device.revokedAt };
        const revokedAt = ctx.now.toISOString();
        w.db.update(devices).set({ revokedAt }).where(eq(devices.id, device.id)).run();
        w.audit({ action: 'devices.revoke', entity: 'devices', entityId: device.id, summary: device.name, facts: { name: device.name } });
        return { id: device.id, revokedAt };
      }),
  }),
} satisfies ApiArea;
