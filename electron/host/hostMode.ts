import { UserError } from '../api/errors';

/**
 * What this host may do. `live`: the office's host. `snapshot`: the standby copy opened read-only
 * because the host cannot be reached. `fenced`: an old host that found another PC had taken over
 * (a higher epoch in the standby marker, or from a client): it still shows its data but saves nothing.
 */
export type HostMode =
  | { kind: 'live' }
  | { kind: 'snapshot'; folder: string; takenAt: string; hostName: string }
  | { kind: 'fenced'; takenOverAt: string; by: string };

/**
 * Why nothing can be saved here, or null on the live host. The moments go raw (`…At`), so each screen
 * says them in its reader's language and digits (sentenceValues), as every other message's dates.
 */
export function writeRefusal(mode: HostMode): UserError | null {
  if (mode.kind === 'snapshot') return new UserError('read_only', 'errors.host.readOnly', { takenAt: mode.takenAt }, {}, 423);
  if (mode.kind === 'fenced') return new UserError('fenced', 'errors.host.fenced', { takenOverAt: mode.takenOverAt, by: mode.by }, {}, 423);
  return null;
}
