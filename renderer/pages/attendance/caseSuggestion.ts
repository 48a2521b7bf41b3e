import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { CaseType } from '../cases/labels';
import { findingText } from './labels';
import { useFollowUps } from './queries';

export interface CaseSuggestion {
  type: CaseType;
  /** What the last home visit found, as the start of the case's "what was reported". */
  summary: string;
  /** The volunteer who made the visit reports it; a worker's own visit leaves the reporter to the form. */
  volunteerName: string | null;
  /** A case opened from a SafetyNet departure: who reported it, how risky it is, and the departure to link. */
  reporterKind?: 'community_member';
  reporterName?: string;
  riskLevel?: 'high';
  riskReason?: string;
  departureId?: number;
}

/**
 * A case opened from a home visit on the worklist starts with the type the finding suggests and a
 * description from that visit, so the worker does not type again what the volunteer reported.
 */
export function useCaseSuggestion(
  childId: number | undefined,
  type: CaseType | undefined,
): { loading: boolean; value: CaseSuggestion | null } {
  const { t } = useTranslation();
  const wanted = childId !== undefined && type !== undefined;
  const visits = useFollowUps(childId ?? 0, wanted);
  if (!wanted) return { loading: false, value: null };
  const visit = visits.data?.[0];
  const summary = visit
    ? [
        t('attendance.followUp.caseSummary', {
          date: formatDate(visit.visitDate),
          name: visit.visitedBy,
          finding: findingText(t, visit.finding),
        }),
        visit.note ?? '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  const volunteerName = visit && visit.volunteerId !== null ? visit.visitedBy : null;
  return { loading: visits.isLoading, value: { type, summary, volunteerName } };
}
