import { ExportButton } from '../../components/ExportButton';
import { Button, Group, Loader, Pagination, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatDateTime, formatNumber } from '../../format';
import { DateFilterInput } from './DateFilterInput';
import { auditKeys } from './keys';
import { auditDetails, auditRecord, deviceWord } from './auditWords';
import { labelFor } from './labels';
import { PageHead } from '../../components/PageHead';
import { QueryStatus } from '../../components/QueryStatus';

const pageSize = 50;

/** Who did what and when: every change, login and refusal, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  // Remounting the date boxes clears what was typed in them.
  const [filterGeneration, setFilterGeneration] = useState(0);
  const [q] = useDebouncedValue(search.trim(), 300);

  const entries = useQuery({
    queryKey: auditKeys.list({ q, from, to, page }),
    queryFn: () =>
      call('audit.list', {
        q: q || undefined,
        from: from ?? undefined,
        to: to ?? undefined,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      }),
    placeholderData: keepPreviousData,
  });

  const actions = t('admin.audit.actions', { returnObjects: true });
  const total = entries.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filtered = search !== '' || from !== null || to !== null;

  const clearFilters = () => {
    setSearch('');
    setFrom(null);
    setTo(null);
    setPage(1);
    setFilterGeneration((g) => g + 1);
  };

  return (
    <Stack gap="md">
      <PageHead title={t('admin.audit.title')} intro={t('admin.audit.intro')}>
        <ExportButton exportList={() => call('audit.export', { q: q || undefined, from: from ?? undefined, to: to ?? undefined })} />
      </PageHead>

      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('admin.audit.search')}
          placeholder={t('admin.audit.searchPlaceholder')}
          type="search"
          w={280}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
        />
        <DateFilterInput
          key={`from-${filterGeneration}`}
          label={t('admin.audit.from')}
          value=""
          onApply={(iso) => {
            setFrom(iso);
            setPage(1);
          }}
        />
        <DateFilterInput
          key={`to-${filterGeneration}`}
          label={t('admin.audit.to')}
          value=""
          onApply={(iso) => {
            setTo(iso);
            setPage(1);
          }}
        />
        {filtered && (
          <Button variant="subtle" mt={25} onClick={clearFilters}>
            {t('admin.audit.clear')}
          </Button>
        )}
      </Group>

      <QueryStatus query={entries} />

      {entries.data && (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {total === 0
                ? t('admin.audit.empty')
                : t('admin.audit.showing', {
                    from: formatNumber((page - 1) * pageSize + 1),
                    to: formatNumber(Math.min(page * pageSize, total)),
                    total: formatNumber(total),
                  })}
            </Text>
            {entries.isFetching && <Loader size="xs" />}
          </Group>
          <Paper withBorder style={{ overflowX: 'auto' }}>
            <Table striped verticalSpacing={4} horizontalSpacing="sm" fz="sm" aria-label={t('admin.audit.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={140}>{t('admin.audit.when')}</Table.Th>
                  <Table.Th>{t('admin.audit.who')}</Table.Th>
                  <Table.Th>{t('devices.audit.device')}</Table.Th>
                  <Table.Th>{t('admin.audit.action')}</Table.Th>
                  <Table.Th>{t('admin.audit.record')}</Table.Th>
                  <Table.Th>{t('admin.audit.summary')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.data.rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.at)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {row.username ? (
                        (row.fullName ?? row.username)
                      ) : (
                        <Text span size="sm" c="dimmed" fs="italic">
                          {t('admin.audit.nobody')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{deviceWord(t, row)}</Table.Td>
                    <Table.Td>{labelFor(actions, row.action)}</Table.Td>
                    <Table.Td>{auditRecord(t, row) || t('common.none')}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{auditDetails(t, row)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              size="sm"
              withEdges
              getControlProps={(control) => ({
                'aria-label': {
                  first: t('admin.audit.firstPage'),
                  previous: t('admin.audit.previousPage'),
                  next: t('admin.audit.nextPage'),
                  last: t('admin.audit.lastPage'),
                }[control],
              })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
