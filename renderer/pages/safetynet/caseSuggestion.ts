import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatDate } from '../../format';
import type { CaseSuggestion } from '../attendance/caseSuggestion';
import type { CaseType } from '../cases/labels';
import { safetynetKeys } from './queries';

/**
 * A case opened from a high departure starts from what the reporting point told the office: who
 * reported it, the departure in a sentence with its red flags, high risk with the flags as the reason.
 */
export function useDepartureCaseSuggestion(
  departureId: number | undefined,
  type: CaseType | undefined,
): { loading: boolean; value: CaseSuggestion | null } {
  const { t } = useTranslation();
  const departure = useQuery({
    queryKey: safetynetKeys.departure(departureId ?? 0),
    queryFn: () => call('migrations.get', { id: departureId ?? 0 }),
    enabled: departureId !== undefined,
  });
  const d = departure.data;
  if (departureId === undefined || !d) return { loading: departureId !== undefined && departure.isLoading, value: null };
  const reasons = d.flags.map((f) => f.reason);
  const summary = t('safetynet.page.caseSummary', {
    point: d.reportingPoint.name,
    date: formatDate(d.reportedOn),
    name: d.name,
    left: formatDate(d.leftOn),
    purpose: t(`safetynet.purposes.${d.purpose}`),
    destination: [d.destPlace, d.destState].filter(Boolean).join(', '),
    flags: reasons.join('. '),
  });
  return {
    loading: false,
    value: {
      type: type ?? 'unsafe_migration',
      summary: [summary, d.purposeDetail ?? ''].filter(Boolean).join(' '),
      volunteerName: null,
      reporterKind: 'community_member',
      reporterName: [d.reportedBy, d.reportingPoint.name].filter(Boolean).join(', '),
      ...(d.level === 'high' ? { riskLevel: 'high' as const } : {}),
      riskReason: reasons.join('; ').slice(0, 300),
      departureId: d.id,
    },
  };
}
