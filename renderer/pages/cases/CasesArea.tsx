import type { Me } from '../../session';
import { caseTypes, isOneOf } from './labels';
import { CaseFormPage } from './CaseForm';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';

function positive(text: string | undefined): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * The case screens under #/cases: the list; #/cases/new (or #/cases/new/child/12 from a child's
 * page, #/cases/new/child/12/type/child_marriage from a home visit on the worklist); #/cases/7 a case file; #/cases/7/edit its form; #/cases/due the list of cases due today and overdue.
 */
export function CasesArea({ route, me }: { route: string[]; me: Me }) {
  const [, first, second, third, fourth, fifth, sixth, seventh] = route;
  if (first === 'new')
    return (
      <CaseFormPage
        key={route.join('/')}
        me={me}
        childId={second === 'child' ? positive(third) : undefined}
        suggestedType={fourth === 'type' && isOneOf(caseTypes, fifth) ? fifth : undefined}
        departureId={sixth === 'departure' ? positive(seventh) : undefined}
      />
    );
  const id = positive(first);
  if (id === undefined) return <CasesPage key={first ?? ''} me={me} dueToday={first === 'due'} />;
  if (second === 'edit') return <CaseFormPage key={`edit-${id}`} me={me} caseId={id} />;
  return <CasePage key={id} id={id} me={me} />;
}
