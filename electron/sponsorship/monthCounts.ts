import type { CountSource } from '../db/countSource';
import { monthOf, monthRange } from '../shared/periods';
import type { Period } from '../shared/period';
import { statusInForce, type StatusChange } from './dues';

/**
 * Children in sponsorship in a period: the sponsored children with a sponsorship active in at least
 * one month of it, by the status that governed that month (sponsorship_status_changes), so a past
 * month reads as it was.
 */
export function childrenInSponsorship(source: CountSource, period: Period): number {
  return sponsoredChildIdsActive(source, period).size;
}

/** The sponsored_children ids behind childrenInSponsorship, for the sections that break them down. */
export function sponsoredChildIdsActive(source: CountSource, period: Period): Set<number> {
  const months = monthRange(monthOf(period.from), monthOf(period.to));
  const last = months[months.length - 1] ?? monthOf(period.to);
  const ships = source.sqlite.prepare('SELECT id, sponsored_child_id AS childId FROM sponsorships WHERE start_month <= ?').all(last) as {
    id: number;
    childId: number;
  }[];
  const changes = new Map<number, StatusChange[]>();
  for (const c of source.sqlite
    .prepare('SELECT sponsorship_id AS sponsorshipId, status, from_month AS fromMonth FROM sponsorship_status_changes ORDER BY id')
    .all() as (StatusChange & { sponsorshipId: number })[]) {
    const list = changes.get(c.sponsorshipId);
    if (list) list.push(c);
    else changes.set(c.sponsorshipId, [c]);
  }
  const active = new Set<number>();
  for (const s of ships) {
    if (active.has(s.childId)) continue;
    const history = changes.get(s.id) ?? [];
    if (months.some((m) => statusInForce(history, m) === 'active')) active.add(s.childId);
  }
  return active;
}
