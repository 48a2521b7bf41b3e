import { auditLog } from '../db/schema';
import type { AuditEntry, DeviceRef, Session } from '../api/types';
import type { Host } from '../host/host';

export function writeAudit(host: Host, session: Session | null, entry: AuditEntry, device?: DeviceRef): void {
  host.database.db
    .insert(auditLog)
    .values({
      at: host.now().toISOString(),
      userId: session?.userId ?? null,
      username: session?.username ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId === undefined ? null : String(entry.entityId),
      summary: entry.summary ?? null,
      facts: entry.facts ?? null,
      deviceId: device?.id ?? null,
    })
    .run();
}
