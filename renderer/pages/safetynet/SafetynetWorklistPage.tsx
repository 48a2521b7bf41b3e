import { Alert, Anchor, Button, Group, Paper, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { FilterSelect } from '../../components/FilterSelect';
import { formatDate, formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { DepartureTable } from './DepartureTable';
import { DeparturePlaceFilter, DepartureLevelFilter } from './DepartureFilters';
import { isOneOf, type DepartureLevel } from './labels';
import { safetynetKeys, useReportingPoints, type WorklistFilters } from './queries';
import { PageTitle } from '../../components/PageTitle';

const statuses = ['open', 'overdue', 'all'] as const;
const goneDays = 30;

function GoneWithNoReport({ me, gramPanchayat, village }: { me: Me; gramPanchayat: string | null; village: string | null }) {
  const { t } = useTranslation();
  const filters = { ...(gramPanchayat ? { gramPanchayat } : {}), ...(village ? { village } : {}) };
  const gone = useQuery({
    queryKey: safetynetKeys.gone(filters),
    queryFn: () => call('migrations.goneWithNoReport', filters),
    placeholderData: keepPreviousData,
  });
  const rows = gone.data ?? [];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('safetynet.worklist.goneIntro', { days: formatNumber(goneDays) })}
      </Text>
      {gone.isError && <Alert color="red">{errorText(t, gone.error)}</Alert>}
      <Paper withBorder>
        <Table striped verticalSpacing={6} fz="sm" aria-label={t('safetynet.worklist.goneTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('safetynet.columns.person')}</Table.Th>
              <Table.Th>{t('safetynet.columns.village')}</Table.Th>
              <Table.Th>{t('safetynet.worklist.school')}</Table.Th>
              <Table.Th>{t('safetynet.worklist.absentSince')}</Table.Th>
              <Table.Th ta="right">{t('safetynet.worklist.days')}</Table.Th>
              {can(me, 'safetynet.write') && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" size="sm" p="sm">
                    {t('safetynet.worklist.goneEmpty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((g) => (
              <Table.Tr key={g.childId}>
                <Table.Td>
                  <Anchor
                    href={href(`/children/${g.childId}`)}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`/children/${g.childId}`);
                    }}
                  >
                    {g.nameEn ?? g.nameBn ?? g.childCode}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {g.childCode}
                  </Text>
                </Table.Td>
                <Table.Td>{[g.village, g.gramPanchayat].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{g.schoolName}</Table.Td>
                <Table.Td>{formatDate(g.since)}</Table.Td>
                <Table.Td ta="right">{formatNumber(g.daysAbsent)}</Table.Td>
                {can(me, 'safetynet.write') && (
                  <Table.Td>
                    <Button size="compact-xs" variant="light" onClick={() => navigate(`/safetynet/new/child/${g.childId}`)}>
                      {t('safetynet.worklist.recordDeparture')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

/** Who is due a check-in, by Gram Panchayat, village, reporting point and level; and who has gone from school unreported. */
export function SafetynetWorklistPage({ me, overdue = false }: { me: Me; overdue?: boolean }) {
  const { t } = useTranslation();
  const [gramPanchayat, setGramPanchayat] = useState<string | null>(null);
  const [village, setVillage] = useState<string | null>(null);
  const [pointId, setPointId] = useState<string | null>(null);
  const [level, setLevel] = useState<DepartureLevel | null>(null);
  const [status, setStatus] = useState<(typeof statuses)[number]>(overdue ? 'overdue' : 'open');
  const points = useReportingPoints();
  const filters: WorklistFilters = {
    ...(gramPanchayat ? { gramPanchayat } : {}),
    ...(village ? { village } : {}),
    ...(pointId ? { reportingPointId: Number(pointId) } : {}),
    ...(level ? { level } : {}),
    status,
  };
  const worklist = useQuery({
    queryKey: safetynetKeys.worklist(filters),
    queryFn: () => call('migrations.worklist', filters),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="sm">
      <PageTitle title={t('safetynet.worklist.title')} intro={t('safetynet.worklist.intro')} />
      <Group gap="md" align="flex-end">
        <DeparturePlaceFilter kind="gramPanchayats" value={gramPanchayat} onChange={setGramPanchayat} w={190} />
        <DeparturePlaceFilter kind="villages" value={village} onChange={setVillage} w={190} />
        <FilterSelect
          label={t('safetynet.worklist.filterPoint')}
          shownLabel
          anyLabel={t('safetynet.list.any')}
          data={(points.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          value={pointId}
          searchable
          onChange={setPointId}
          w={220}
        />
        <DepartureLevelFilter value={level} onChange={setLevel} w={140} />
      </Group>
      <Tabs defaultValue="checkIns" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="checkIns">{t('safetynet.worklist.tabs.checkIns')}</Tabs.Tab>
          <Tabs.Tab value="gone">{t('safetynet.worklist.tabs.gone')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="checkIns" pt="sm">
          <Stack gap="sm">
            <Select
              label={t('safetynet.worklist.status')}
              data={statuses.map((s) => ({ value: s, label: t(`safetynet.worklist.statuses.${s}`) }))}
              value={status}
              allowDeselect={false}
              onChange={(v) => setStatus(isOneOf(statuses, v) ? v : 'open')}
              w={280}
            />
            {worklist.isError && <Alert color="red">{errorText(t, worklist.error)}</Alert>}
            <DepartureTable
              rows={worklist.data ?? []}
              label={t('safetynet.worklist.table')}
              empty={t('safetynet.worklist.empty')}
              checkIns
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="gone" pt="sm">
          <GoneWithNoReport me={me} gramPanchayat={gramPanchayat} village={village} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
