import type { SecretStore } from './secretStore';

/** What a PC keeps once paired: where the host is, its certificate's fingerprint, and its own token. */
export interface OfficeConnection {
  address: string;
  port: number;
  fingerprint: string;
  deviceToken: string;
}

/** The host at the highest epoch this PC has heard from: the office's current host, as far as it knows. */
export interface HighestHost {
  epoch: number;
  address: string;
  port: number;
  /** The PC's name, as the host said it (X-Suraksha-Host-Name); null from a host that does not say. */
  hostName: string | null;
}

/**
 * Everything a connected PC keeps in its secret store, in one record: the pairing (gone once it is
 * forgotten, the address stays for pairing again), the highest epoch it has seen (kept across
 * pairings: an old host that comes back is refused even if this PC is paired with it again) and
 * the standby folder where the office's snapshots are, for when the host cannot be reached.
 */
export interface OfficeRecord {
  /** The last host this PC was paired with, kept after the pairing is forgotten. */
  host: { address: string; port: number } | null;
  connection: OfficeConnection | null;
  highest: HighestHost | null;
  standbyFolder: string | null;
}

const nothing: OfficeRecord = { host: null, connection: null, highest: null, standbyFolder: null };

type Loose = Record<string, unknown>;

function highestOf(value: unknown): HighestHost | null {
  if (typeof value !== 'object' || value === null) return null;
  const h = value as Loose;
  if (!Number.isInteger(h.epoch) || typeof h.address !== 'string' || typeof h.port !== 'number') return null;
  return { epoch: h.epoch as number, address: h.address, port: h.port, hostName: typeof h.hostName === 'string' ? h.hostName : null };
}

/** The record as stored; a store written before epochs were kept (the pairing's four fields only) reads as that pairing. */
export function readOfficeRecord(store: SecretStore): OfficeRecord {
  const text = store.read();
  if (!text) return nothing;
  let c: Loose;
  try {
    c = JSON.parse(text) as Loose;
  } catch {
    return nothing;
  }
  if (typeof c !== 'object' || c === null) return nothing;
  const host = typeof c.address === 'string' && typeof c.port === 'number' ? { address: c.address, port: c.port } : null;
  const connection =
    host && typeof c.fingerprint === 'string' && typeof c.deviceToken === 'string'
      ? { ...host, fingerprint: c.fingerprint, deviceToken: c.deviceToken }
      : null;
  return {
    host,
    connection,
    highest: highestOf(c.highest),
    standbyFolder: typeof c.standbyFolder === 'string' && c.standbyFolder ? c.standbyFolder : null,
  };
}

/** Written whole: the pairing's fields flat (as before), the rest beside them; nothing at all when there is nothing to keep. */
export function writeOfficeRecord(store: SecretStore, record: OfficeRecord): void {
  const host = record.connection ?? record.host;
  if (!host && !record.highest && !record.standbyFolder) {
    store.write(null);
    return;
  }
  store.write(
    JSON.stringify({
      ...(host ? { address: host.address, port: host.port } : {}),
      ...(record.connection ? { fingerprint: record.connection.fingerprint, deviceToken: record.connection.deviceToken } : {}),
      ...(record.highest ? { highest: record.highest } : {}),
      ...(record.standbyFolder ? { standbyFolder: record.standbyFolder } : {}),
    }),
  );
}

/** Changes part of the record, reading it afresh so nothing else kept in it is lost. */
export function updateOfficeRecord(store: SecretStore, change: (record: OfficeRecord) => OfficeRecord): OfficeRecord {
  const next = change(readOfficeRecord(store));
  writeOfficeRecord(store, next);
  return next;
}
