import { caseEntries } from '../db/schema';
import type { AuthedCtx, WriteScope } from '../api/types';

type CaseEntry = Pick<typeof caseEntries.$inferInsert, 'caseId' | 'happenedOn' | 'kind' | 'text'>;

/** Writes one entry of a case's timeline, by the call's user at the call's time, inside its transaction; returns its id. */
export function addCaseEntry(w: WriteScope, ctx: Pick<AuthedCtx, 'session' | 'now'>, entry: CaseEntry): number {
  return w.db
    .insert(caseEntries)
    .values({ ...entry, authorId: ctx.session.userId, createdAt: ctx.now.toISOString() })
    .returning({ id: caseEntries.id })
    .get().id;
}
