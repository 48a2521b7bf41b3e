import { canSeeCase } from '../cases/access';
import type { AuthedCtx } from '../api/types';
import { actionPointRows, type ActionPointRow } from './actionPointQuery';
import { meetingHeadSql, type MeetingHead } from './meetingRegister';
import { personColumnsSql, personJoinsSql, type PersonView } from './people';

export interface AttendeeRow extends PersonView {
  memberId: number | null;
  role: 'chairperson' | 'convener' | 'member' | null;
}

export interface IssueRow {
  id: number;
  position: number;
  text: string;
  children: { childId: number; childCode: string; name: string | null; nameBn: string | null }[];
  /** The linked case's number, only for those who may see that case (cases/access.ts). */
  linkedCase: { caseId: number; caseNumber: string } | { confidential: true } | null;
  departureId: number | null;
}

export interface MeetingDetail extends MeetingHead {
  committeeArea: string;
  decisions: string | null;
  sheet: { fileName: string; mimeType: string; bytes: number } | null;
  attendees: AttendeeRow[];
  issues: IssueRow[];
  actionPoints: ActionPointRow[];
}

type MeetingRowSql = Omit<MeetingHead, 'quorate'> & {
  quorate: number;
  committeeArea: string;
  decisions: string | null;
  sheetFileName: string | null;
  sheetMimeType: string | null;
  sheetBytes: number | null;
};

export function meetingDetail(ctx: AuthedCtx, meetingId: number): MeetingDetail | null {
  const row = ctx.sqlite
    .prepare(
      `SELECT ${meetingHeadSql}, c.area AS committeeArea, m.decisions,
         m.sheet_file_name AS sheetFileName, m.sheet_mime_type AS sheetMimeType, m.sheet_bytes AS sheetBytes
       FROM committee_meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?`,
    )
    .get(meetingId) as MeetingRowSql | undefined;
  if (!row) return null;
  const attendees = ctx.sqlite
    .prepare(
      `SELECT a.member_id AS memberId, cm.role, ${personColumnsSql('a')}
       FROM meeting_attendees a LEFT JOIN committee_members cm ON cm.id = a.member_id ${personJoinsSql('a')}
       WHERE a.meeting_id = ?
       ORDER BY a.member_id IS NULL, CASE cm.role WHEN 'chairperson' THEN 0 WHEN 'convener' THEN 1 ELSE 2 END, name, a.id`,
    )
    .all(meetingId) as AttendeeRow[];
  const issues = ctx.sqlite
    .prepare(
      `SELECT i.id, i.position, i.text, i.case_id AS caseId, k.case_number AS caseNumber, i.departure_id AS departureId
       FROM meeting_issues i LEFT JOIN cases k ON k.id = i.case_id WHERE i.meeting_id = ? ORDER BY i.position`,
    )
    .all(meetingId) as {
    id: number;
    position: number;
    text: string;
    caseId: number | null;
    caseNumber: string | null;
    departureId: number | null;
  }[];
  const issueChildren = ctx.sqlite.prepare(
    `SELECT ch.id AS childId, ch.child_code AS childCode, ch.name_en AS name, ch.name_bn AS nameBn
     FROM meeting_issue_children ic JOIN children ch ON ch.id = ic.child_id WHERE ic.issue_id = ? ORDER BY ch.child_code`,
  );
  const { sheetFileName, sheetMimeType, sheetBytes, quorate, ...rest } = row;
  return {
    ...rest,
    quorate: quorate === 1,
    sheet:
      sheetFileName && sheetMimeType && sheetBytes !== null
        ? { fileName: sheetFileName, mimeType: sheetMimeType, bytes: sheetBytes }
        : null,
    attendees,
    issues: issues.map(({ caseId, caseNumber, ...issue }) => ({
      ...issue,
      children: issueChildren.all(issue.id) as IssueRow['children'],
      linkedCase: caseId === null ? null : canSeeCase(ctx, caseId) && caseNumber ? { caseId, caseNumber } : { confidential: true as const },
    })),
    actionPoints: actionPointRows(ctx, { meetingId }),
  };
}
