import { z } from 'zod';
import { UserError } from '../../api/errors';
import { method, type ApiArea, type Ctx } from '../../api/types';
import { officeHostControl } from '../officeHostControl';

function control(ctx: Ctx) {
  const found = officeHostControl(ctx.host);
  // The desktop app connected to another PC, or a test host: there is no LAN host here to set.
  if (!found) throw new UserError('office_host_unavailable', 'errors.devices.hostUnavailable', {}, {}, 409);
  return found;
}

/** "Make this PC the office host": on or off, the addresses to listen on, the port. */
export const officeHostApi = {
  'officeHost.status': method({
    input: z.object({}),
    permission: 'office.manage',
    handler: (ctx) => control(ctx).status(),
  }),

  'officeHost.update': method({
    input: z.object({
      on: z.boolean(),
      addresses: z.array(z.string().trim().min(1, 'errors.required').max(100, 'errors.tooLong')).max(8),
      port: z.number('errors.devices.portRange').int('errors.devices.portRange'),
    }),
    permission: 'office.manage',
    handler: async (ctx, input) => {
      const addresses = [...new Set(input.addresses)];
      const status = await control(ctx).apply({ ...input, addresses });
      ctx.write((w) =>
        w.audit({
          action: input.on ? 'officeHost.on' : 'officeHost.off',
          entity: 'officeHost',
          summary: input.on ? `${addresses.join(', ')} port ${input.port}` : '',
          facts: { addresses, port: input.port },
        }),
      );
      return status;
    },
  }),
} satisfies ApiArea;
