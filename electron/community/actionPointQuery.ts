import { daysBetween } from '../shared/periods';
import type { Ctx } from '../api/types';
import type { ActionPointStatus } from '../shared/communityVocabulary';

export interface ActionPointRow {
  id: number;
  meetingId: number;
  meetingHeldOn: string;
  committeeId: number;
  committeeName: string;
  what: string;
  who: string;
  dueOn: string;
  status: ActionPointStatus;
  closedOn: string | null;
  closingNote: string | null;
  /** Open and past its date today: by how many days. */
  overdue: boolean;
  daysOverdue: number;
}

export interface ActionPointFilter {
  /** `overdue`: open with its date passed. */
  status?: ActionPointStatus | 'overdue';
  committeeId?: number;
  meetingId?: number;
}

/** An open action point is overdue once its date has passed. */
export function isOverdue(point: { status: ActionPointStatus; dueOn: string }, today: string): boolean {
  return point.status === 'open' && point.dueOn < today;
}

export function actionPointRows(ctx: Ctx, filter: ActionPointFilter): ActionPointRow[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.id, p.meeting_id AS meetingId, m.held_on AS meetingHeldOn, p.committee_id AS committeeId, c.name AS committeeName,
         p.what, p.who, p.due_on AS dueOn, p.status, p.closed_on AS closedOn, p.closing_note AS closingNote
       FROM action_points p JOIN committee_meetings m ON m.id = p.meeting_id JOIN committees c ON c.id = p.committee_id
       WHERE (@committeeId IS NULL OR p.committee_id = @committeeId) AND (@meetingId IS NULL OR p.meeting_id = @meetingId)
         AND (@status IS NULL OR p.status = @status) AND (@overdue = 0 OR (p.status = 'open' AND p.due_on < @today))
       ORDER BY p.status <> 'open', p.due_on, p.id`,
    )
    .all({
      committeeId: filter.committeeId ?? null,
      meetingId: filter.meetingId ?? null,
      status: filter.status === 'overdue' ? null : (filter.status ?? null),
      overdue: filter.status === 'overdue' ? 1 : 0,
      today: ctx.today,
    }) as Omit<ActionPointRow, 'overdue' | 'daysOverdue'>[];
  return rows.map((r) => {
    const overdue = isOverdue(r, ctx.today);
    return { ...r, overdue, daysOverdue: overdue ? daysBetween(r.dueOn, ctx.today) : 0 };
  });
}
