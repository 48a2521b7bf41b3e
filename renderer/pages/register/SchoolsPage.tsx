import { ExportButton } from '../../components/ExportButton';
import { call } from '../../api/client';
import { Alert, Anchor, Badge, Button, Center, Loader, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { ListTable } from '../../components/ListTable';
import { ListHeader } from '../../components/ListHeader';
import { SearchInput } from '../../components/SearchInput';
import { formatNumber } from '../../format';
import { href } from '../../router';
import { can, type Me } from '../../session';
import { useSchoolList } from './queries';
import { SchoolFormModal, type SchoolRow } from './SchoolForm';

export function SchoolsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const writable = can(me, 'register.write');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const schools = useSchoolList(q);
  // The school stays while the modal closes, so its title does not flicker to "Add school".
  const [modal, setModal] = useState<{ opened: boolean; school: SchoolRow | null }>({ opened: false, school: null });

  const rows = schools.data ?? [];

  return (
    <Stack gap="sm">
      <ListHeader
        title={t('register.schools.title')}
        countText={schools.data ? t('register.schools.count', { count: rows.length, formatted: formatNumber(rows.length) }) : null}
        countTestId="schools-total"
        clearLabel=""
        onClear={null}
      >
        <ExportButton exportList={() => call('schools.export', search.trim() ? { q: search.trim() } : {})} />
        {writable && <Button onClick={() => setModal({ opened: true, school: null })}>{t('register.schools.add')}</Button>}
      </ListHeader>

      <SearchInput
        label={t('register.schools.search')}
        placeholder={t('register.schools.searchPlaceholder')}
        value={search}
        onSearch={setSearch}
        maw={480}
      />

      {schools.isError && <Alert color="red">{errorText(t, schools.error)}</Alert>}

      <ListTable
        label={t('register.schools.table')}
        minWidth={900}
        columns={[
          { label: t('register.schools.columns.name') },
          { label: t('register.schools.columns.udise') },
          { label: t('register.schools.columns.type') },
          { label: t('register.schools.columns.gramPanchayat') },
          { label: t('register.schools.columns.village') },
          { label: t('register.schools.columns.headTeacher') },
          { label: t('register.schools.columns.phone') },
          { label: t('register.schools.columns.children'), numeric: true },
          writable && { label: t('register.schools.columns.actions'), hidden: true },
        ]}
        after={
          <>
            {schools.isPending && (
              <Center p="lg">
                <Loader size="sm" />
              </Center>
            )}
            {schools.data && rows.length === 0 && (
              <Text c="dimmed" ta="center" p="lg">
                {q ? t('register.schools.noMatch', { q }) : t('register.schools.empty')}
              </Text>
            )}
          </>
        }
      >
        {rows.map((school) => (
          <Table.Tr key={school.id}>
            <Table.Td fw={500}>
              <Anchor href={href(`/schools/${school.id}`)} c="inherit">
                {school.name}
              </Anchor>
            </Table.Td>
            <Table.Td ff="monospace">{school.udise}</Table.Td>
            <Table.Td>
              <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
                {t(`register.schoolTypes.${school.type}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{school.gramPanchayat}</Table.Td>
            <Table.Td>{school.village}</Table.Td>
            <Table.Td>{school.headTeacher}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{school.phone}</Table.Td>
            <Table.Td ta="right">{formatNumber(school.children)}</Table.Td>
            {writable && (
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={t('register.schools.editNamed', { name: school.name })}
                  onClick={() => setModal({ opened: true, school })}
                >
                  {t('common.edit')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </ListTable>

      <SchoolFormModal opened={modal.opened} school={modal.school} onClose={() => setModal((m) => ({ ...m, opened: false }))} />
    </Stack>
  );
}
