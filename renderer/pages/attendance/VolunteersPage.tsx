import { Alert, Badge, Button, Center, Checkbox, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { ListTable } from '../../components/ListTable';
import { SearchInput } from '../../components/SearchInput';
import { ExportButton } from '../../components/ExportButton';
import { ListHeader } from '../../components/ListHeader';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import type { VolunteerRow } from './labels';
import { attendanceKeys, useVolunteers } from './queries';
import { VolunteerFormModal } from './VolunteerForm';

function ActiveToggle({ volunteer }: { volunteer: VolunteerRow }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (active: boolean) =>
      call('volunteers.update', {
        id: volunteer.id,
        name: volunteer.name,
        phone: volunteer.phone ?? '',
        villages: volunteer.villages,
        active,
      }),
    onSuccess: async (_, active) => {
      notifications.show({
        color: 'teal',
        message: t(active ? 'attendance.volunteers.reactivated' : 'attendance.volunteers.deactivated', { name: volunteer.name }),
      });
      await queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
    },
    onError: (error) => showError(t, error),
  });
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      color={volunteer.active ? 'red' : 'teal'}
      loading={change.isPending}
      aria-label={t(volunteer.active ? 'attendance.volunteers.deactivateNamed' : 'attendance.volunteers.reactivateNamed', {
        name: volunteer.name,
      })}
      onClick={() => change.mutate(!volunteer.active)}
    >
      {t(volunteer.active ? 'attendance.volunteers.deactivate' : 'attendance.volunteers.reactivate')}
    </Button>
  );
}

/** The women volunteers who visit irregular children's homes, the villages each covers, and how many children each has. */
export function VolunteersPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const writable = can(me, 'worklist.write');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [includeInactive, setIncludeInactive] = useState(false);
  const params = { ...(q ? { q } : {}), includeInactive };
  const volunteers = useVolunteers(params);
  const [modal, setModal] = useState<{ opened: boolean; volunteer: VolunteerRow | null }>({ opened: false, volunteer: null });
  const rows = volunteers.data ?? [];

  return (
    <Stack gap="sm">
      <ListHeader
        title={t('attendance.volunteers.title')}
        countText={volunteers.data ? t('attendance.volunteers.count', { count: rows.length, formatted: formatNumber(rows.length) }) : null}
        countTestId="volunteers-total"
        clearLabel={t('attendance.worklist.clearFilters')}
        onClear={null}
      >
        <ExportButton exportList={() => call('volunteers.export', params)} />
        {writable && <Button onClick={() => setModal({ opened: true, volunteer: null })}>{t('attendance.volunteers.add')}</Button>}
      </ListHeader>

      <Group gap="md">
        <SearchInput
          label={t('attendance.volunteers.search')}
          placeholder={t('attendance.volunteers.searchPlaceholder')}
          value={search}
          onSearch={setSearch}
          w={420}
        />
        <Checkbox
          label={t('attendance.volunteers.includeInactive')}
          checked={includeInactive}
          onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
        />
      </Group>

      {volunteers.isError && <Alert color="red">{errorText(t, volunteers.error)}</Alert>}

      <ListTable
        label={t('attendance.volunteers.table')}
        minWidth={800}
        columns={[
          { label: t('attendance.volunteers.columns.name') },
          { label: t('attendance.volunteers.columns.phone') },
          { label: t('attendance.volunteers.columns.villages') },
          { label: t('attendance.volunteers.columns.assigned'), numeric: true },
          { label: t('attendance.volunteers.columns.status') },
          writable && { label: t('attendance.volunteers.columns.actions'), hidden: true },
        ]}
        after={
          <>
            {volunteers.isPending && (
              <Center p="lg">
                <Loader size="sm" />
              </Center>
            )}
            {volunteers.data && rows.length === 0 && (
              <Text c="dimmed" ta="center" p="lg">
                {q ? t('attendance.volunteers.noMatch', { q }) : t('attendance.volunteers.empty')}
              </Text>
            )}
          </>
        }
      >
        {rows.map((v) => (
          <Table.Tr key={v.id} c={v.active ? undefined : 'dimmed'}>
            <Table.Td fw={500}>{v.name}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{v.phone}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {v.villages.map((village) => (
                  <Badge key={village} variant="light" color="gray" radius="sm" tt="none" fw={500}>
                    {village}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td ta="right">{formatNumber(v.assigned)}</Table.Td>
            <Table.Td>
              <Badge variant={v.active ? 'light' : 'outline'} color={v.active ? 'teal' : 'gray'} radius="sm" tt="none">
                {t(v.active ? 'attendance.volunteers.active' : 'attendance.volunteers.inactive')}
              </Badge>
            </Table.Td>
            {writable && (
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={t('attendance.volunteers.editNamed', { name: v.name })}
                  onClick={() => setModal({ opened: true, volunteer: v })}
                >
                  {t('common.edit')}
                </Button>
                <ActiveToggle volunteer={v} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </ListTable>

      <VolunteerFormModal opened={modal.opened} volunteer={modal.volunteer} onClose={() => setModal((m) => ({ ...m, opened: false }))} />
    </Stack>
  );
}
