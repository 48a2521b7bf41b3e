import type { Ctx } from '../api/types';
import { duesPending, raiseDues } from './dues';
import { monthOf } from '../shared/periods';

/**
 * Before any balance, due list or statement is read, the months that have begun are raised as dues,
 * so what the coordinator sees never depends on whether someone pressed a button this month.
 * Cheap when nothing is pending: one indexed lookup, no transaction.
 */
export function ensureDuesRaised(ctx: Ctx): number {
  const upTo = monthOf(ctx.today);
  if (!duesPending(ctx.sqlite, upTo)) return 0;
  return ctx.write((w) => raiseDues(w, { upTo, createdBy: ctx.session?.userId ?? null, createdAt: ctx.now.toISOString() }));
}
