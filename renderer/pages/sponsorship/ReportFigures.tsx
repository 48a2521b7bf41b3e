import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { formatMoney, formatNumber } from '../../format';

type Figures = ApiResult<'reports.figures'>;

/** The reports' figures, fetched once for the three cards: a download should hold no surprise. */
export function useReportFigures(form10bdYear: string, fc4Year: string, month: string) {
  return useQuery({
    queryKey: ['sponsorship', 'reportFigures', form10bdYear, fc4Year, month],
    queryFn: () => call('reports.figures', { form10bdYear, fc4Year, month }),
  });
}

function Facts({ label, rows }: { label: string; rows: [string, string][] }) {
  return (
    <Table fz="sm" verticalSpacing={2} aria-label={label} withRowBorders={false}>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th fw={400} scope="row">
              {name}
            </Table.Th>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function Form10bdFigures({ figures, year }: { figures: Figures | undefined; year: string }) {
  const { t } = useTranslation();
  if (!figures) return null;
  const f = figures.form10bd;
  return (
    <Facts
      label={t('sponsorship.reportFigures.form10bd', { year })}
      rows={[
        [t('sponsorship.reportFigures.donations'), formatNumber(f.donations)],
        [t('sponsorship.reportFigures.total'), formatMoney(f.totalPaise)],
      ]}
    />
  );
}

export function Fc4Figures({ figures, year }: { figures: Figures | undefined; year: string }) {
  const { t } = useTranslation();
  if (!figures) return null;
  const f = figures.fc4;
  return (
    <Facts
      label={t('sponsorship.reportFigures.fc4', { year })}
      rows={[
        [t('sponsorship.reportFigures.opening'), formatMoney(f.openingBalancePaise)],
        [t('sponsorship.reportFigures.received', { count: f.donors, formatted: formatNumber(f.donors) }), formatMoney(f.receivedPaise)],
        [t('sponsorship.reportFigures.programme'), formatMoney(f.programmePaise)],
        [t('sponsorship.reportFigures.administration', { cap: formatMoney(f.adminCapPaise) }), formatMoney(f.administrationPaise)],
        [t('sponsorship.reportFigures.closing'), formatMoney(f.closingBalancePaise)],
      ]}
    />
  );
}

export function MonthFigures({ figures, month }: { figures: Figures | undefined; month: string }) {
  const { t } = useTranslation();
  if (!figures) return null;
  return (
    <>
      <Table fz="sm" verticalSpacing={2} aria-label={t('sponsorship.reportFigures.month', { month })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sponsorship.reportFigures.account')}</Table.Th>
            <Table.Th ta="right">{t('sponsorship.reportFigures.in')}</Table.Th>
            <Table.Th ta="right">{t('sponsorship.reportFigures.out')}</Table.Th>
            <Table.Th ta="right">{t('sponsorship.reportFigures.closingShort')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figures.accounts.map((a) => (
            <Table.Tr key={a.code}>
              <Table.Td>{t(`sponsorship.accounts.${a.code}`)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(a.inPaise)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(a.outPaise)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(a.closingPaise)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {t('sponsorship.reportFigures.vouchers', { count: figures.vouchers, formatted: formatNumber(figures.vouchers) })}
      </Text>
    </>
  );
}
