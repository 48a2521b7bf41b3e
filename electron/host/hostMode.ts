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

/** A moment as the office reads it: DD/MM/YYYY HH:MM on this PC's clock. */
export function shownMoment(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Why nothing can be saved here, or null on the live host. */
export function writeRefusal(mode: HostMode): UserError | null {
  if (mode.kind === 'snapshot') return new UserError('read_only', 'errors.host.readOnly', { takenAt: shownMoment(mode.takenAt) }, {}, 423);
  if (mode.kind === 'fenced')
    return new UserError('fenced', 'errors.host.fenced', { time: shownMoment(mode.takenOverAt), by: mode.by }, {}, 423);
  return null;
}
