import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { activityTypeOptions } from './labels';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { FilterSelect } from '../../components/FilterSelect';
import { ExportButton } from '../../components/ExportButton';
import { ListHeader } from '../../components/ListHeader';
import { formatDate, formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { DateFilterInput } from '../admin/DateFilterInput';
import { ActivityFormModal } from './ActivityForm';
import { PdfButtons } from './parts';
import { useActivities } from './queries';

type Filter = ApiInput<'activities.list'>;

/** The activities register: trainings, sensitisation meetings, campaigns and sessions with who took part. */
export function ActivitiesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>({});
  const [gp, setGp] = useState('');
  const [adding, setAdding] = useState(false);
  const activities = useActivities(filter);
  const rows = activities.data ?? [];
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const set = (patch: Partial<Filter>) =>
    setFilter(
      (f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Filter,
    );
  return (
    <Stack gap="sm">
      <ListHeader
        title={t('community.activities.title')}
        countText={activities.data ? t('community.activities.count', { count: rows.length, formatted: formatNumber(rows.length) }) : null}
        countTestId="activities-total"
        clearLabel={t('community.clearFilters')}
        onClear={
          filtered
            ? () => {
                setFilter({});
                setGp('');
              }
            : null
        }
      >
        <ExportButton exportList={() => call('activities.export', filter)} />
        <PdfButtons
          label={t('community.activities.register')}
          make={(language) => call('activities.registerPdf', { ...filter, language })}
        />
        {can(me, 'community.write') && <Button onClick={() => setAdding(true)}>{t('community.activities.add')}</Button>}
      </ListHeader>
      <Group gap="sm" align="flex-end" key={filtered ? 'filtered' : 'all'}>
        <FilterSelect
          label={t('community.activityForm.type')}
          shownLabel
          anyLabel={t('community.activities.allTypes')}
          w={320}
          data={activityTypeOptions(t)}
          value={filter.type ?? null}
          onChange={(v) => set({ type: (v ?? undefined) as Filter['type'] })}
        />
        <DateFilterInput
          label={t('community.from')}
          value={filter.from ? formatDate(filter.from) : ''}
          onApply={(iso) => set({ from: iso ?? undefined })}
        />
        <DateFilterInput
          label={t('community.to')}
          value={filter.to ? formatDate(filter.to) : ''}
          onApply={(iso) => set({ to: iso ?? undefined })}
        />
        <TextInput
          label={t('community.columns.gramPanchayat')}
          value={gp}
          onChange={(e) => setGp(e.currentTarget.value)}
          onBlur={() => set({ gramPanchayat: gp.trim() || undefined })}
        />
      </Group>
      {activities.isError && <Alert color="red">{errorText(t, activities.error)}</Alert>}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={1000}>
          <Table striped verticalSpacing={6} fz="sm" aria-label={t('community.activities.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('community.columns.heldOn')}</Table.Th>
                <Table.Th>{t('community.columns.type')}</Table.Th>
                <Table.Th>{t('community.columns.place')}</Table.Th>
                <Table.Th>{t('community.columns.topics')}</Table.Th>
                <Table.Th>{t('community.columns.facilitators')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.female')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.male')}</Table.Th>
                <Table.Th ta="right">{t('community.columns.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.heldOn)}</Table.Td>
                  <Table.Td fw={500}>
                    {t(`community.activityTypes.${a.type}`)}
                    {a.participants.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('community.activities.named', { formatted: formatNumber(a.participants.length) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{[a.village, a.gramPanchayat].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {a.topics.map((topic) => (
                        <Badge key={topic} variant="light" color="gray" radius="sm" tt="none" fw={500}>
                          {t(`community.topics.${topic}` as 'community.topics.jj_act')}
                        </Badge>
                      ))}
                      {a.topicsNote && <Text size="xs">{a.topicsNote}</Text>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{a.facilitators}</Table.Td>
                  <Table.Td ta="right">{formatNumber(a.total.female)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(a.total.male)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatNumber(a.total.total)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {activities.data && rows.length === 0 && (
          <Text c="dimmed" ta="center" p="lg">
            {t('community.activities.empty')}
          </Text>
        )}
      </Paper>
      <ActivityFormModal me={me} opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
