/**
 * The office host's epoch: 1 for the first host, one more each time a standby PC is made the host.
 * Every answer of the host carries it in this header, and a client sends the highest it has seen, so
 * an old host that comes back after another PC took over is refused by the clients and fences itself.
 */
export const epochHeader = 'X-Suraksha-Epoch';
/** The host PC's name (URI-encoded), so a client refusing an old host can say which PC the current one is. */
export const hostNameHeader = 'X-Suraksha-Host-Name';

export type EpochCheck = { ok: true; highest: number } | { ok: false; highest: number; hostEpoch: number };

/** The epoch a header gives, or null when it gives none (an older host, or no header at all). */
export function epochOf(header: string | null | undefined): number | null {
  if (header === null || header === undefined || !/^\d{1,9}$/.test(header.trim())) return null;
  return Number(header.trim());
}

/**
 * What a client makes of a host's answer: a host at the highest epoch seen so far (or higher) is
 * taken, and raises what the client remembers; a host below it is an old host and is refused.
 */
export function checkHostEpoch(highestSeen: number | null, header: string | null | undefined): EpochCheck {
  const hostEpoch = epochOf(header);
  const highest = highestSeen ?? 0;
  if (hostEpoch === null) return { ok: true, highest };
  if (hostEpoch < highest) return { ok: false, highest, hostEpoch };
  return { ok: true, highest: hostEpoch };
}
