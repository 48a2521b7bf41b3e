import { readSettings } from '../admin/settings';
import type { CountSource } from '../db/countSource';
import type { Period } from '../shared/period';
import { dueList } from './dueList';
import { childrenInSponsorship } from './monthCounts';

export interface SponsorshipFigures {
  childrenSupported: number;
  /** Families paid their support for the month, and what was paid (paise), from the disbursements not reversed. */
  familiesPaid: number;
  paidPaise: number;
  /** Families due for the month and not paid. */
  familiesUnpaid: number;
  /** Sponsors past due as of today, by the coordinator's thresholds, and what they owe (paise). */
  sponsorsInArrears: number;
  arrearsPaise: number;
  sponsorshipsStarted: number;
  sponsorshipsEnded: number;
  /** Sponsored children absent from school over 30 days in a row at the month's end (Mission Vatsalya's rule). */
  absentOver30Days: number;
}

/** Section 5, from the dues screen's own list (dueList.ts) and the sponsorships' history. */
export function sponsorshipFigures(source: CountSource, period: Period, absentDays: ReadonlyMap<number, number>): SponsorshipFigures {
  const month = period.to.slice(0, 7);
  // A past month's arrears as they stood at its end, so a closed month does not drift as days pass.
  const asOf = period.to < source.today ? period.to : source.today;
  const due = dueList(source.sqlite, month, asOf, readSettings(source.db));
  const paidIds = due.families.filter((f) => f.paidPostingId !== null).map((f) => f.paidPostingId);
  const paidPaise = source.sqlite
    .prepare(
      `SELECT coalesce(sum(amount_paise), 0) FROM posting_lines
       WHERE account_code = 'support_to_families' AND posting_id IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .get(JSON.stringify(paidIds)) as number;
  const started = source.sqlite.prepare('SELECT count(*) FROM sponsorships WHERE start_month = ?').pluck().get(month) as number;
  const ended = source.sqlite
    .prepare("SELECT count(DISTINCT sponsorship_id) FROM sponsorship_status_changes WHERE status = 'ended' AND from_month = ?")
    .pluck()
    .get(month) as number;
  return {
    childrenSupported: childrenInSponsorship(source, period),
    familiesPaid: paidIds.length,
    paidPaise,
    familiesUnpaid: due.families.filter((f) => f.state !== 'paid').length,
    sponsorsInArrears: due.sponsorsInArrears.length,
    arrearsPaise: due.sponsorsInArrears.reduce((s, a) => s + a.arrearsPaise, 0),
    sponsorshipsStarted: started,
    sponsorshipsEnded: ended,
    absentOver30Days: (
      source.sqlite.prepare("SELECT child_id FROM sponsored_children WHERE status = 'supported'").pluck().all() as number[]
    ).filter((childId) => (absentDays.get(childId) ?? 0) > 30).length,
  };
}
