import { eq } from 'drizzle-orm';
import { departures } from '../db/schema';
import { UserError } from '../api/errors';
import type { WriteScope } from '../api/types';

/** A case opened from a departure names it, in the case's own transaction, so each shows the other. */
export function linkDepartureToCase(w: WriteScope, departureId: number, caseId: number, caseNumber: string): void {
  const departure = w.db.select({ id: departures.id, name: departures.name }).from(departures).where(eq(departures.id, departureId)).get();
  if (!departure) throw new UserError('not_found', 'errors.notFound', {}, { field: 'departureId' }, 404);
  w.db.update(departures).set({ caseId }).where(eq(departures.id, departureId)).run();
  w.audit({
    action: 'migrations.linkCase',
    entity: 'departures',
    entityId: departureId,
    summary: `case ${caseNumber}`,
    facts: { ref: departure.name, caseNumber },
  });
}
