import { Alert, Anchor, Button, Center, Group, Loader, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { formatDate, formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { SectionTitle } from '../../components/SectionTitle';
import { CheckInModal, OverrideModal, ReturnModal } from './DepartureModals';
import { CheckInBadge, isOneOf, Known, knownDate, LevelBadge } from './labels';
import { useDeparture, type Departure } from './queries';

const caseTypesFromDeparture = ['unsafe_migration', 'trafficking_suspected', 'child_marriage'] as const;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function link(path: string, text: string) {
  return (
    <Anchor
      href={href(path)}
      onClick={(e) => {
        e.preventDefault();
        navigate(path);
      }}
    >
      {text}
    </Anchor>
  );
}

/** The red flags, the level that counts and, for a high departure of a child, the case it may start. */
function Flags({ d, me, onOverride }: { d: Departure; me: Me; onOverride: () => void }) {
  const { t } = useTranslation();
  const marriage = d.flags.some((f) => f.code === 'child_marriage');
  const [caseType, setCaseType] = useState<(typeof caseTypesFromDeparture)[number]>(marriage ? 'child_marriage' : 'trafficking_suspected');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('safetynet.page.flags')}>
      <SectionTitle
        right={
          can(me, 'cases.write') && (
            <Button size="compact-sm" variant="light" onClick={onOverride}>
              {t('safetynet.override.title')}
            </Button>
          )
        }
      >
        {t('safetynet.page.flags')}
      </SectionTitle>
      <Group gap="sm" mb="xs">
        <LevelBadge level={d.level} size="lg" />
        <Text size="sm" fw={600}>
          {t('safetynet.page.score', { score: formatNumber(d.score) })}
        </Text>
      </Group>
      {d.levelOverride && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('safetynet.page.overridden', {
            name: d.overrideByName ?? '',
            computed: t(`safetynet.levels.${d.computedLevel}`),
            reason: d.overrideReason ?? '',
          })}
          {d.howSure !== null && ` · ${t('safetynet.page.howSure', { value: formatNumber(d.howSure) })}`}
        </Text>
      )}
      {d.flags.length === 0 ? (
        <Text size="sm">{t('safetynet.page.noFlags')}</Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={t('safetynet.page.flags')}>
          <Table.Tbody>
            {d.flags.map((f) => (
              <Table.Tr key={f.code}>
                <Table.Td>{f.reason}</Table.Td>
                <Table.Td ta="right" w={60} fw={600}>
                  +{formatNumber(f.weight)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {d.caseId !== null && d.caseNumber ? (
        <Text size="sm" mt="sm">
          {link(`/cases/${d.caseId}`, t('safetynet.page.case', { caseNumber: d.caseNumber }))}
        </Text>
      ) : (
        d.level === 'high' && (
          <Alert color="red" mt="sm" title={t('safetynet.page.openCase')}>
            {d.childId === null ? (
              <Text size="sm">{t('safetynet.page.caseNeedsChild')}</Text>
            ) : (
              <Stack gap="xs">
                <Text size="sm">{t('safetynet.page.caseOffer')}</Text>
                {can(me, 'cases.write') && (
                  <Group align="flex-end">
                    <Select
                      label={t('safetynet.page.caseType')}
                      data={caseTypesFromDeparture.map((c) => ({ value: c, label: t(`cases.types.${c}`) }))}
                      value={caseType}
                      allowDeselect={false}
                      onChange={(c) => isOneOf(caseTypesFromDeparture, c) && setCaseType(c)}
                      w={240}
                    />
                    <Button color="red" onClick={() => navigate(`/cases/new/child/${d.childId ?? 0}/type/${caseType}/departure/${d.id}`)}>
                      {t('safetynet.page.openCase')}
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
          </Alert>
        )
      )}
    </Paper>
  );
}

function Facts({ d }: { d: Departure }) {
  const { t } = useTranslation();
  const known = (a: 'yes' | 'no' | 'unknown') => t(`safetynet.known.${a}`);
  const agent = d.agent
    ? t('safetynet.page.agentRegistered', { name: d.agent.name })
    : d.agentName
      ? t('safetynet.page.agentNamed', { name: [d.agentName, d.agentPhone].filter(Boolean).join(', ') })
      : null;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('safetynet.page.facts')}>
      <SectionTitle>{t('safetynet.page.facts')}</SectionTitle>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <Fact label={t('safetynet.columns.reportingPoint')}>
          {t('safetynet.page.reportedBy', {
            point: [d.reportedBy, d.reportingPoint.name].filter(Boolean).join(', '),
            date: formatDate(d.reportedOn),
          })}
        </Fact>
        <Fact label={`${t('safetynet.columns.sex')}, ${t('safetynet.columns.age')}`}>
          {t(`safetynet.sex.${d.sex}`)}, {d.age === null ? <Known value={null} /> : formatNumber(d.age)}
          {d.childCode && (
            <>
              {' · '}
              {link(`/children/${d.childId ?? 0}`, t('safetynet.page.childCode', { code: d.childCode }))}
            </>
          )}
        </Fact>
        <Fact label={t('safetynet.form.guardianName')}>
          <Known value={[d.guardianName, d.guardianRelation ? `(${d.guardianRelation})` : null].filter(Boolean).join(' ') || null} />
        </Fact>
        <Fact label={t('safetynet.columns.village')}>
          <Known value={[d.village, d.para, d.gramPanchayat].filter(Boolean).join(', ') || null} />
        </Fact>
        <Fact label={t('safetynet.columns.purpose')}>
          {t(`safetynet.purposes.${d.purpose}`)}
          {d.purposeDetail && ` — ${d.purposeDetail}`}
        </Fact>
        <Fact label={t('safetynet.columns.destination')}>
          {[d.destination.place, d.destination.district, d.destination.state].filter(Boolean).join(', ')}
          <br />
          <Known value={d.destination.address} />
        </Fact>
        <Fact label={t('safetynet.form.employer')}>
          <Known value={[d.employer, d.contactPhone].filter(Boolean).join(', ') || null} />
        </Fact>
        <Fact label={t('safetynet.form.arrangedBy')}>
          {d.arrangedBy === 'agent' ? <Known value={agent} /> : t(`safetynet.arrangements.${d.arrangedBy}`)}
        </Fact>
        <Fact label={t('safetynet.page.travel')}>
          {t(d.withGuardian ? 'safetynet.page.withGuardian' : 'safetynet.page.withoutGuardian')}
          {d.travelledWith && ` · ${[d.travelledWith, d.travelledWithRelation].filter(Boolean).join(', ')}`}
        </Fact>
        <Fact label={t('safetynet.form.familyKnows')}>
          {known(d.familyKnows)} · {t('safetynet.form.familyAgreed')}: {known(d.familyAgreed)}
        </Fact>
        <Fact label={t('safetynet.page.documents')}>
          {t('safetynet.page.documentsLine', {
            letter: known(d.docAppointmentLetter),
            id: known(d.docId),
            school: known(d.docSchoolAdmission),
          })}
        </Fact>
        <Fact label={t('safetynet.form.migrantPhone')}>
          <Known value={d.migrantPhone} />
        </Fact>
        <Fact label={t('safetynet.form.expectedReturnOn')}>
          <Known value={knownDate(d.expectedReturnOn)} />
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

function CheckIns({ d, me, onCheckIn, onReturn }: { d: Departure; me: Me; onCheckIn: () => void; onReturn: () => void }) {
  const { t } = useTranslation();
  const writes = can(me, 'safetynet.write') && !d.returnedOn;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('safetynet.page.checkIns')}>
      <SectionTitle
        right={
          writes && (
            <Group gap="xs">
              <Button size="compact-sm" onClick={onCheckIn}>
                {t('safetynet.page.recordCheckIn')}
              </Button>
              <Button size="compact-sm" variant="light" onClick={onReturn}>
                {t('safetynet.page.recordReturn')}
              </Button>
            </Group>
          )
        }
      >
        {t('safetynet.page.checkIns')}
      </SectionTitle>
      {d.returnedOn ? (
        <Text size="sm" fw={600} mb="xs">
          {t('safetynet.page.returned', {
            date: formatDate(d.returnedOn),
            condition: t(`safetynet.returnConditions.${d.returnCondition ?? 'other'}`),
          })}
          {d.returnNote && ` — ${d.returnNote}`}
        </Text>
      ) : (
        <Group gap="xs" mb="xs">
          <Text size="sm">
            {d.nextCheckInOn ? t('safetynet.page.nextCheckIn', { date: formatDate(d.nextCheckInOn) }) : t('safetynet.page.noMoreCheckIns')}
          </Text>
          <CheckInBadge status={d.checkInStatus} />
        </Group>
      )}
      {d.checkIns.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('safetynet.page.noCheckIns')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={t('safetynet.page.checkIns')}>
          <Table.Tbody>
            {d.checkIns.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td w={100}>{formatDate(c.checkedOn)}</Table.Td>
                <Table.Td>{t(`safetynet.checkInMethods.${c.method}`)}</Table.Td>
                <Table.Td fw={600}>{t(`safetynet.checkInOutcomes.${c.outcome}`)}</Table.Td>
                <Table.Td>{c.note}</Table.Td>
                <Table.Td c="dimmed">{c.byName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** One departure: its red flags and level, what was reported, the check-ins and the return. */
export function DeparturePage({ id, me }: { id: number; me: Me }) {
  const { t } = useTranslation();
  const departure = useDeparture(id);
  const [modal, setModal] = useState<'checkIn' | 'return' | 'override' | null>(null);
  const d = departure.data;
  return (
    <Stack gap="sm" maw={1200}>
      {link('/safetynet', `← ${t('safetynet.page.back')}`)}
      {departure.isError && <Alert color="red">{errorText(t, departure.error)}</Alert>}
      {departure.isPending && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {d && (
        <>
          <Group justify="space-between">
            <Title order={1} size="h2">
              {t('safetynet.page.title', { name: d.name, date: formatDate(d.leftOn) })}
            </Title>
            {can(me, 'safetynet.write') && (
              <Button variant="default" onClick={() => navigate(`/safetynet/${d.id}/edit`)}>
                {t('safetynet.page.edit')}
              </Button>
            )}
          </Group>
          {d.lastCheckInOutcome === 'missing' && !d.returnedOn && (
            <Alert color="red" title={t('safetynet.page.missingTitle')}>
              {t('safetynet.page.missingText')}
            </Alert>
          )}
          <Flags d={d} me={me} onOverride={() => setModal('override')} />
          <CheckIns d={d} me={me} onCheckIn={() => setModal('checkIn')} onReturn={() => setModal('return')} />
          <Facts d={d} />
          {modal === 'checkIn' && <CheckInModal departure={d} onClose={() => setModal(null)} />}
          {modal === 'return' && <ReturnModal departure={d} onClose={() => setModal(null)} />}
          {modal === 'override' && <OverrideModal departure={d} onClose={() => setModal(null)} />}
        </>
      )}
    </Stack>
  );
}
