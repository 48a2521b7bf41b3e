import { Alert, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { ExportButton } from '../../components/ExportButton';
import { formatDate, formatNumber } from '../../format';
import { DateFilterInput } from '../admin/DateFilterInput';
import { outcomes, type Outcome } from './labels';
import { casesKeys } from './queries';
import { PageHead } from '../../components/PageHead';

type Summary = ApiResult<'cases.outcomeSummary'>;
type Line = Summary['total'];

function Count({ n, strong }: { n: number; strong?: boolean }) {
  return (
    <Table.Td
      ta="right"
      fw={strong ? 700 : n > 0 ? 600 : undefined}
      c={n > 0 ? undefined : 'gray.5'}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {formatNumber(n)}
    </Table.Td>
  );
}

/** The office's impact for a period: cases opened and closed by type, and how they ended. */
export function CaseOutcomesPage() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  const [from, setFrom] = useState<string | null>(`${year}-01-01`);
  const [to, setTo] = useState<string | null>(`${year}-12-31`);
  const valid = from !== null && to !== null && from <= to;

  const summary = useQuery({
    queryKey: casesKeys.summary(from ?? '', to ?? ''),
    queryFn: () => call('cases.outcomeSummary', { from: from ?? '', to: to ?? '' }),
    enabled: valid,
    placeholderData: keepPreviousData,
  });

  // Only the outcomes that occurred in the period: ten mostly empty columns hide the ones that count.
  const shown: Outcome[] = summary.data ? outcomes.filter((o) => (summary.data?.total.byOutcome[o] ?? 0) > 0) : [];
  const cells = (line: Line, strong?: boolean) => (
    <>
      <Count n={line.opened} strong={strong} />
      <Count n={line.closed} strong={strong} />
      {shown.map((o) => (
        <Count key={o} n={line.byOutcome[o]} strong={strong} />
      ))}
    </>
  );

  return (
    <Stack gap="md">
      <PageHead title={t('cases.summary.title')} intro={t('cases.summary.intro')}>
        {valid && from && to && <ExportButton exportList={() => call('cases.outcomeSummaryExport', { from, to })} />}
      </PageHead>

      <Group align="flex-start" gap="sm">
        <DateFilterInput label={t('cases.summary.from')} value={formatDate(from)} onApply={setFrom} />
        <DateFilterInput label={t('cases.summary.to')} value={formatDate(to)} onApply={setTo} />
      </Group>
      {from !== null && to !== null && from > to && <Alert color="red">{t('errors.rangeOrder')}</Alert>}

      {summary.isError && (
        <Alert color="red" title={t('common.errorTitle')}>
          {errorText(t, summary.error)}
        </Alert>
      )}
      {summary.isPending && valid && <Loader size="sm" />}

      {summary.data && (
        <>
          <Paper withBorder style={{ overflowX: 'auto' }} opacity={summary.isPlaceholderData ? 0.6 : 1}>
            <Table
              striped
              verticalSpacing={6}
              horizontalSpacing="sm"
              fz="sm"
              aria-label={t('cases.summary.table', { from: formatDate(summary.data.from), to: formatDate(summary.data.to) })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.summary.type')}</Table.Th>
                  <Table.Th ta="right">{t('cases.summary.opened')}</Table.Th>
                  <Table.Th ta="right">{t('cases.summary.closed')}</Table.Th>
                  {shown.map((o) => (
                    <Table.Th key={o} ta="right" maw={150} style={{ verticalAlign: 'bottom' }}>
                      {t(`cases.outcomes.${o}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.data.rows.map((row) => (
                  <Table.Tr key={row.type}>
                    <Table.Th scope="row" fw={500}>
                      {t(`cases.types.${row.type}`)}
                    </Table.Th>
                    {cells(row)}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr style={{ borderTop: '2px solid var(--mantine-color-gray-4)' }}>
                  <Table.Th scope="row">{t('cases.summary.total')}</Table.Th>
                  {cells(summary.data.total, true)}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Paper>
          <Text size="xs" c="dimmed">
            {shown.length === 0 ? t('cases.summary.noneClosed') : t('cases.summary.onlyOccurring')} {t('cases.summary.howCounted')}
          </Text>
        </>
      )}
    </Stack>
  );
}
