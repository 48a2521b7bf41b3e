import type { ApiInput } from '../../../electron/api/contract';
import { todayText } from '../../components/DateField';
import { chosen, dayOf } from '../../components/forms';
import { formatDate } from '../../format';
import type { Me } from '../../session';
import type { CaseSuggestion } from '../attendance/caseSuggestion';
import type { PickedChild } from './ChildPicker';
import type { CaseFile, CaseType, ReporterKind, RiskLevel } from './labels';

/** What the case form holds: the API's fields as typed, and the children picked (sent as their ids). */
export interface CaseFormValues {
  types: CaseType[];
  children: PickedChild[];
  reporterKind: ReporterKind | null;
  reporterName: string;
  reportedOn: string;
  village: string;
  gramPanchayat: string;
  riskLevel: RiskLevel | null;
  riskReason: string;
  workerIds: number[];
  plannedMarriageOn: string;
  summary: string;
  /** Only when opening a case: the first thing to do, and by when. */
  firstAction: { description: string; dueOn: string };
}

/** The fields of the API error the form shows at a field (`childIds` at the child picker). */
export const caseFormFields = [
  'types',
  'childIds',
  'reporterKind',
  'reporterName',
  'reportedOn',
  'village',
  'gramPanchayat',
  'riskLevel',
  'riskReason',
  'workerIds',
  'plannedMarriageOn',
  'summary',
  'firstAction.description',
  'firstAction.dueOn',
] as const;

const noAction = { description: '', dueOn: '' };

/** A case being changed starts from its file; a new one from the child it is for and what a home visit found. */
export function initialCaseValues(
  me: Me,
  file: CaseFile | null,
  child: PickedChild | null,
  suggestion: CaseSuggestion | null,
): CaseFormValues {
  if (file) {
    return {
      types: [...file.types],
      children: file.children,
      reporterKind: file.reporterKind,
      reporterName: file.reporterName ?? '',
      reportedOn: formatDate(file.reportedOn),
      village: file.village ?? '',
      gramPanchayat: file.gramPanchayat ?? '',
      riskLevel: file.riskLevel,
      riskReason: file.riskReason,
      workerIds: file.workers.map((w) => w.id),
      plannedMarriageOn: formatDate(file.plannedMarriageOn),
      summary: file.summary,
      firstAction: noAction,
    };
  }
  return {
    types: suggestion ? [suggestion.type] : [],
    children: child ? [child] : [],
    reporterKind: suggestion?.volunteerName ? 'volunteer' : null,
    reporterName: suggestion?.volunteerName ?? '',
    reportedOn: todayText(),
    village: child?.village ?? '',
    gramPanchayat: child?.gramPanchayat ?? '',
    riskLevel: null,
    riskReason: '',
    workerIds: [me.userId],
    plannedMarriageOn: '',
    summary: suggestion?.summary ?? '',
    firstAction: noAction,
  };
}

/** The case as the API takes it; the server answers every field's problem. */
export function caseInput(v: CaseFormValues): Omit<ApiInput<'cases.create'>, 'firstAction'> {
  return {
    types: v.types,
    childIds: v.children.map((c) => c.id),
    reporterKind: chosen(v.reporterKind),
    reporterName: v.reporterName,
    reportedOn: dayOf(v.reportedOn),
    summary: v.summary,
    village: v.village,
    gramPanchayat: v.gramPanchayat,
    riskLevel: chosen(v.riskLevel),
    riskReason: v.riskReason,
    workerIds: v.workerIds,
    // The planned date of a marriage is asked only for a child-marriage case, and may be left blank.
    plannedMarriageOn: v.types.includes('child_marriage') && v.plannedMarriageOn.trim() ? dayOf(v.plannedMarriageOn) : null,
  };
}

/** The first action, when either of its fields was filled in. */
export function firstActionInput(v: CaseFormValues): { description: string; dueOn: string } | undefined {
  const { description, dueOn } = v.firstAction;
  return description.trim() || dueOn.trim() ? { description, dueOn: dayOf(dueOn) } : undefined;
}
