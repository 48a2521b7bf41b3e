import { Alert, Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaboratorGroup } from '../../../electron/shared/communityVocabulary';
import { addMonths, financialYearBounds, financialYearOf, firstDayOf, lastDayOf, monthOf } from '../../../electron/shared/periods';
import { errorText } from '../../components/errors';
import { FilterSelect } from '../../components/FilterSelect';
import { formatDate, formatNumber } from '../../format';
import { todayIso } from '../cases/labels';
import { DateFilterInput } from '../admin/DateFilterInput';
import { useCounts, useGramPanchayats, type CommunityCounts } from './queries';

type Preset = 'month' | 'quarter' | 'year' | 'custom';

function presetRange(preset: Exclude<Preset, 'custom'>, today: string): { from: string; to: string } {
  if (preset === 'month') return { from: firstDayOf(monthOf(today)), to: lastDayOf(monthOf(today)) };
  if (preset === 'year') return financialYearBounds(financialYearOf(today));
  const month = monthOf(today);
  const index = Number(month.slice(5, 7)) - 1;
  const start = `${month.slice(0, 4)}-${String(index - (index % 3) + 1).padStart(2, '0')}`;
  return { from: firstDayOf(start), to: lastDayOf(addMonths(start, 2)) };
}

function Counter({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {detail && <Text size="xs">{detail}</Text>}
    </Paper>
  );
}

/** The counters of the people worked with, each naming them under its number. */
const collaboratorCounters: { group: CollaboratorGroup; testId: string }[] = [
  { group: 'schoolOfficials', testId: 'count-school-officials' },
  { group: 'panchayatOfficers', testId: 'count-panchayat' },
  { group: 'policeOfficers', testId: 'count-police' },
];

function Counters({ c }: { c: CommunityCounts }) {
  const { t } = useTranslation();
  const n = formatNumber;
  const names = (list: { name: string }[]) => (list.length ? list.map((p) => p.name).join(', ') : undefined);
  return (
    <Stack gap="md">
      <SimpleGrid cols={4}>
        <Counter testId="count-women-trained" label={t('community.counts.womenTrained')} value={n(c.communityWomenTrained)} />
        {collaboratorCounters.map(({ group, testId }) => (
          <Counter
            key={group}
            testId={testId}
            label={t(`community.counts.${group}`)}
            value={n(c[`${group}Collaborated`])}
            detail={names(c.collaborators[group])}
          />
        ))}
        <Counter
          testId="count-committees-active"
          label={t('community.counts.committeesActive')}
          value={t('community.counts.ofTotal', { value: n(c.committeesActive), total: n(c.committeesDue) })}
        />
        <Counter
          testId="count-meetings"
          label={t('community.counts.meetings')}
          value={n(c.meetingsHeld)}
          detail={t('community.counts.meetingsDue', { held: n(c.meetingsDueHeld), due: n(c.meetingsDue) })}
        />
        <Counter
          testId="count-points"
          label={t('community.counts.actionPoints')}
          value={t('community.counts.doneOpen', { done: n(c.actionPointsDone), open: n(c.actionPointsOpen) })}
          detail={t('community.counts.pointsDetail', { overdue: n(c.actionPointsOverdue), dropped: n(c.actionPointsDropped) })}
        />
        <Counter testId="count-villages" label={t('community.counts.villages')} value={n(c.villagesReached)} />
      </SimpleGrid>
      <div>
        <Title order={4} mb={6}>
          {t('community.counts.activitiesHeading', { formatted: n(c.activitiesHeld) })}
        </Title>
        <Paper withBorder>
          <Table verticalSpacing={5} fz="sm" aria-label={t('community.counts.activitiesTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('community.columns.type')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.activities')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.female')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.male')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.otherSex')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.total')}</Table.Th>
                <Table.Th>{t('community.counts.byCategory')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.activitiesByType.map((a) => (
                <Table.Tr key={a.type}>
                  <Table.Td>{t(`community.activityTypes.${a.type}`)}</Table.Td>
                  <Table.Td ta="right">{n(a.activities)}</Table.Td>
                  <Table.Td ta="right">{n(a.participants.female)}</Table.Td>
                  <Table.Td ta="right">{n(a.participants.male)}</Table.Td>
                  <Table.Td ta="right">{n(a.participants.other)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {n(a.participants.total)}
                  </Table.Td>
                  <Table.Td>
                    {Object.entries(a.byCategory)
                      .map(([category, count]) => `${t(`community.categories.${category}` as 'community.categories.other')} ${n(count)}`)
                      .join(', ')}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('community.columns.total')}</Table.Td>
                <Table.Td ta="right">{n(c.activitiesHeld)}</Table.Td>
                <Table.Td ta="right">{n(c.participantsBySex.female)}</Table.Td>
                <Table.Td ta="right">{n(c.participantsBySex.male)}</Table.Td>
                <Table.Td ta="right">{n(c.participantsBySex.other)}</Table.Td>
                <Table.Td ta="right">{n(c.participantsBySex.total)}</Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      </div>
    </Stack>
  );
}

/** The seeds' counters, live, for a period, for the block or one Gram Panchayat. */
export function CountsPage() {
  const { t } = useTranslation();
  const today = todayIso();
  const [preset, setPreset] = useState<Preset>('year');
  const [range, setRange] = useState(presetRange('year', today));
  const [gp, setGp] = useState<string | null>(null);
  const gps = useGramPanchayats();
  const counts = useCounts({ ...range, ...(gp ? { gramPanchayat: gp } : {}) });
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('community.counts.title')}
      </Title>
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          value={preset}
          onChange={(v) => {
            const p = v as Preset;
            setPreset(p);
            if (p !== 'custom') setRange(presetRange(p, today));
          }}
          data={(['month', 'quarter', 'year', 'custom'] as const).map((p) => ({ value: p, label: t(`community.counts.presets.${p}`) }))}
        />
        {preset === 'custom' && (
          <>
            <DateFilterInput
              label={t('community.from')}
              value={formatDate(range.from)}
              onApply={(iso) => iso && setRange((r) => ({ ...r, from: iso }))}
            />
            <DateFilterInput
              label={t('community.to')}
              value={formatDate(range.to)}
              onApply={(iso) => iso && setRange((r) => ({ ...r, to: iso }))}
            />
          </>
        )}
        <FilterSelect
          label={t('community.columns.gramPanchayat')}
          shownLabel
          anyLabel={t('community.counts.wholeBlock')}
          w={240}
          data={gps.data ?? []}
          value={gp}
          onChange={setGp}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('community.counts.period', {
          from: formatDate(range.from),
          to: formatDate(range.to),
          where: gp ?? t('community.counts.wholeBlock'),
        })}
      </Text>
      {counts.isError && <Alert color="red">{errorText(t, counts.error)}</Alert>}
      {counts.data && <Counters c={counts.data} />}
    </Stack>
  );
}
