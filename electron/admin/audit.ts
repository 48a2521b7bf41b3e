import { auditLog } from '../db/schema';
import type { Db } from '../db/connection';
import type { AuditEntry, DeviceRef, Session } from '../api/types';
import type { Host } from '../host/host';

/** Who wrote an entry: a session's user, as much of it as an audit row keeps. */
export type AuditAuthor = Pick<Session, 'userId' | 'username'> | null;

/** One audit row on the given connection (the host's, or a worker's own inside its transaction). */
export function insertAudit(db: Db, at: Date, author: AuditAuthor, entry: AuditEntry, device?: DeviceRef): void {
  db.insert(auditLog)
    .values({
      at: at.toISOString(),
      userId: author?.userId ?? null,
      username: author?.username ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      summary: entry.summary ?? null,
      facts: entry.facts ?? null,
      deviceId: device?.id ?? null,
    })
    .run();
}

export function writeAudit(host: Host, session: Session | null, entry: AuditEntry, device?: DeviceRef): void {
  insertAudit(host.database.db, host.now(), session, entry, device);
}
