import type { Host } from '../host/host';
import { writeAudit } from '../admin/audit';
import { UserError, type ConflictCurrent } from '../api/errors';
import type { Session, WriteScope } from '../api/types';

/** The tables whose records carry a version (a trigger of migration 0013_record_versions raises it on every change). */
export type VersionedTable = 'schools' | 'children' | 'cases' | 'sponsors' | 'sponsored_children' | 'departures' | 'committees';

/** Audit lines that read a record rather than change it: they are not "who saved it last". */
const readingAction = /\.(get|open|refused|attachment|referralLetter|breakGlass|export|registerPdf)$|^(conflict|denied)$/;

/** A save made over a version someone else has since changed: answered 409 with the record as it is now. */
export class ConflictError extends UserError {
  constructor(readonly current: ConflictCurrent) {
    super('conflict', 'errors.conflict', { name: current.savedBy ?? '' }, {}, 409);
  }
}

function lastSave(w: WriteScope, table: VersionedTable, id: number): { savedBy: string | null; savedAt: string | null } {
  const lines = w.sqlite
    .prepare(
      `SELECT a.action, a.at, COALESCE(u.full_name, a.username) AS name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
       WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id DESC LIMIT 50`,
    )
    .all(table, String(id)) as { action: string; at: string; name: string | null }[];
  const line = lines.find((l) => !readingAction.test(l.action));
  return { savedBy: line?.name ?? null, savedAt: line?.at ?? null };
}

/** The version stored now, or null when there is no such record. */
export function storedVersion(w: WriteScope, table: VersionedTable, id: number): number | null {
  const row = w.sqlite.prepare(`SELECT version FROM ${table} WHERE id = ?`).get(id) as { version: number } | undefined;
  return row ? row.version : null;
}

/**
 * Inside the save's transaction, before it writes: the version the form read must still be the
 * stored one. Otherwise the save is refused with `record()` (the record as its edit form reads it).
 */
export function requireVersion(
  w: WriteScope,
  table: VersionedTable,
  id: number,
  given: number,
  record: () => Record<string, unknown>,
): void {
  const stored = storedVersion(w, table, id);
  if (stored === null) throw new UserError('not_found', 'errors.notFound', {}, {}, 404);
  if (stored === given) return;
  throw new ConflictError({ entity: table, id, version: stored, record: record(), ...lastSave(w, table, id) });
}

/** The refused save's own audit line, written after its transaction rolled back. */
export function conflictAudit(host: Host, session: Session | null, method: string, err: ConflictError): void {
  const { record } = err.current;
  const ref = [record.caseNumber, record.childCode, record.code, record.name].find((r) => typeof r === 'string');
  writeAudit(host, session, {
    action: 'conflict',
    entity: err.current.entity,
    entityId: err.current.id,
    summary: `${method}: refused, the record is at version ${err.current.version}`,
    facts: { ...(typeof ref === 'string' ? { ref } : {}), version: err.current.version },
  });
}
