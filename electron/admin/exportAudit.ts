import type { AuthedCtx } from '../api/types';
import type { AuditFacts } from '../shared/auditFacts';

/**
 * A list leaves the office as a file: its audit line says how many rows (`facts.count`; `rows` names them: "children")
 * went to which file, written in a transaction of its own once the file is made. Returns the file, for
 * the handler to answer with.
 */
export function auditedExport<F extends { fileName: string }>(
  ctx: AuthedCtx,
  entry: { action: string; entity: string; rows: string; facts: AuditFacts & { count: number } },
  file: F,
): F {
  const { action, entity, rows, facts } = entry;
  ctx.write((w) =>
    w.audit({ action, entity, summary: `${facts.count} ${rows} to ${file.fileName}`, facts: { ...facts, fileName: file.fileName } }),
  );
  return file;
}
