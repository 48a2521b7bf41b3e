import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { href, navigate } from '../../router';
import type { Me } from '../../session';
import { registerKeys } from '../register/queries';
import { AgentPage } from './AgentPage';
import { AgentsPage } from './AgentsPage';
import { DepartureFormBody, FormTitle } from './DepartureForm';
import { DeparturePage } from './DeparturePage';
import { DeparturesPage } from './DeparturesPage';
import { departureValues, emptyValues, migratedWithFamily } from './departureFormValues';
import { PointsPage } from './PointsPage';
import { useDeparture } from './queries';
import { SafetynetReportsPage } from './SafetynetReportsPage';
import { SafetynetWorklistPage } from './SafetynetWorklistPage';

function positive(text: string | undefined): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function Back({ path, label }: { path: string; label: string }) {
  return (
    <Anchor
      href={href(path)}
      size="sm"
      onClick={(e) => {
        e.preventDefault();
        navigate(path);
      }}
    >
      ← {label}
    </Anchor>
  );
}

function Pending({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return error ? (
    <Alert color="red">{errorText(t, error)}</Alert>
  ) : (
    <Center p="xl">
      <Loader />
    </Center>
  );
}

/** A new departure; from a worklist child "migrated with family" (#/safetynet/new/child/12) it starts from the register. */
function NewDeparture({ childId }: { childId: number | undefined }) {
  const { t } = useTranslation();
  const child = useQuery({
    queryKey: registerKeys.child(childId ?? 0),
    queryFn: () => call('children.get', { id: childId ?? 0 }),
    enabled: childId !== undefined,
  });
  return (
    <Stack gap="sm" maw={1200}>
      <Back path="/safetynet" label={t('safetynet.page.back')} />
      <FormTitle title={t('safetynet.form.newTitle')} />
      {childId === undefined ? (
        <DepartureFormBody initial={emptyValues()} existing={null} />
      ) : child.data ? (
        <DepartureFormBody
          initial={migratedWithFamily(child.data)}
          existing={null}
          note={t('safetynet.form.fromWorklist', { name: child.data.nameEn ?? child.data.nameBn ?? child.data.childCode })}
        />
      ) : (
        <Pending error={child.error} />
      )}
    </Stack>
  );
}

function EditDeparture({ id }: { id: number }) {
  const { t } = useTranslation();
  const departure = useDeparture(id);
  return (
    <Stack gap="sm" maw={1200}>
      <Back path={`/safetynet/${id}`} label={t('safetynet.page.back')} />
      {departure.data ? (
        <>
          <FormTitle title={t('safetynet.form.editTitle', { name: departure.data.name })} />
          <DepartureFormBody initial={departureValues(departure.data)} existing={departure.data} />
        </>
      ) : (
        <Pending error={departure.error} />
      )}
    </Stack>
  );
}

/**
 * The SafetyNet screens under #/safetynet: the register; /new (or /new/child/12 from the worklist);
 * /7 a departure, /7/edit its form; /worklist (/worklist/overdue: the overdue check-ins only); /agents, /agents/3; /points; /reports.
 */
export function SafetynetArea({ route, me }: { route: string[]; me: Me }) {
  const [, first, second, third] = route;
  if (first === 'new') return <NewDeparture key={route.join('/')} childId={second === 'child' ? positive(third) : undefined} />;
  if (first === 'worklist') return <SafetynetWorklistPage key={second ?? ''} me={me} overdue={second === 'overdue'} />;
  if (first === 'agents') {
    const agentId = positive(second);
    return agentId ? <AgentPage key={agentId} id={agentId} /> : <AgentsPage me={me} />;
  }
  if (first === 'points') return <PointsPage me={me} />;
  if (first === 'reports') return <SafetynetReportsPage me={me} />;
  const id = positive(first);
  if (id === undefined) return <DeparturesPage me={me} />;
  if (second === 'edit') return <EditDeparture key={`edit-${id}`} id={id} />;
  return <DeparturePage key={id} id={id} me={me} />;
}
