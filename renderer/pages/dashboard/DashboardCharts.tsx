import { BarChart, LineChart } from '@mantine/charts';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { Link } from '../../components/Link';
import { formatMonthName, formatNumber, localDigits } from '../../format';
import { monthLabel, percentText } from '../attendance/labels';

type Glance = ApiResult<'dashboard.get'>;

/** A month on a chart's axis, from the one formatter: "Nov 26" / "নভে. ২৬". */
function monthTick(month: string): string {
  return `${formatMonthName(month)} ${localDigits(month.slice(2, 4))}`;
}

interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

/** The figures behind a chart as a table: shown on request, and always there for a screen reader. */
function FiguresTable<Row>({ caption, rows, columns }: { caption: string; rows: Row[]; columns: Column<Row>[] }) {
  return (
    <Table striped withTableBorder fz="sm" verticalSpacing={4}>
      <caption style={{ captionSide: 'top', textAlign: 'left', fontSize: 'var(--mantine-font-size-xs)' }}>{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.header}>{c.header}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, i) => (
          <Table.Tr key={i}>
            {columns.map((c) => (
              <Table.Td key={c.header}>{c.cell(row)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A chart with its title, and the same figures as a table behind a toggle: a screen reader hears the chart's name and the button to its table. */
function ChartPanel({
  title,
  label,
  chart,
  table,
  note,
}: {
  title: string;
  label: string;
  chart: ReactNode;
  table: ReactNode;
  note?: string;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {asTable ? (
          table
        ) : (
          <div role="img" aria-label={label}>
            {chart}
          </div>
        )}
        <Group justify="space-between" wrap="nowrap" align="center" gap="xs">
          <Text size="xs" c="gray.7">
            {note}
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={() => setAsTable((v) => !v)} style={{ flexShrink: 0 }}>
            {asTable ? t('dashboard.charts.showChart') : t('dashboard.charts.showTable')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const chartHeight = 190;

export function DashboardCharts({ glance }: { glance: Glance }) {
  const { t } = useTranslation();
  const attendance = glance.attendance;
  const cases = glance.cases;
  const number = (n: number) => formatNumber(n);
  return (
    <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="sm">
      {attendance && (
        <ChartPanel
          title={t('dashboard.charts.attendance')}
          label={t('dashboard.charts.attendanceLabel')}
          chart={
            <LineChart
              h={chartHeight}
              data={attendance.byMonth.map((m) => ({ label: monthTick(m.month), percent: m.averagePercent }))}
              dataKey="label"
              series={[{ name: 'percent', label: t('dashboard.charts.attendancePercent'), color: 'teal.7' }]}
              yAxisProps={{ domain: [0, 100], width: 44 }}
              valueFormatter={(v) => percentText(v)}
              connectNulls={false}
              curveType="linear"
              textColor="gray.7"
              withTooltip={false}
              accessibilityLayer={false}
            />
          }
          table={
            <FiguresTable
              caption={t('dashboard.charts.attendanceLabel')}
              rows={attendance.byMonth}
              columns={[
                { header: t('dashboard.charts.month'), cell: (m) => monthLabel(m.month) },
                {
                  header: t('dashboard.charts.attendancePercent'),
                  cell: (m) => (m.averagePercent === null ? t('dashboard.charts.noRegister') : percentText(m.averagePercent)),
                },
                { header: t('dashboard.charts.attendanceChildren'), cell: (m) => number(m.children) },
              ]}
            />
          }
        />
      )}
      {cases && (
        <ChartPanel
          title={t('dashboard.charts.cases')}
          label={t('dashboard.charts.casesLabel')}
          chart={
            <BarChart
              h={chartHeight}
              data={cases.byMonth.map((m) => ({ label: monthTick(m.month), opened: m.opened, closed: m.closed }))}
              dataKey="label"
              series={[
                { name: 'opened', label: t('dashboard.charts.opened'), color: 'orange.7' },
                { name: 'closed', label: t('dashboard.charts.closed'), color: 'teal.7' },
              ]}
              yAxisProps={{ allowDecimals: false, width: 36 }}
              valueFormatter={number}
              withLegend
              textColor="gray.7"
              withTooltip={false}
              accessibilityLayer={false}
            />
          }
          table={
            <FiguresTable
              caption={t('dashboard.charts.casesLabel')}
              rows={cases.byMonth}
              columns={[
                { header: t('dashboard.charts.month'), cell: (m) => monthLabel(m.month) },
                { header: t('dashboard.charts.opened'), cell: (m) => number(m.opened) },
                { header: t('dashboard.charts.closed'), cell: (m) => number(m.closed) },
              ]}
            />
          }
        />
      )}
      {attendance && (
        <ChartPanel
          title={t('dashboard.charts.flags')}
          label={t('dashboard.charts.flagsLabel')}
          note={t('dashboard.charts.flagsNote')}
          chart={
            <BarChart
              h={chartHeight}
              data={attendance.byReason.map((r) => ({ label: t(`attendance.worklist.reasonNames.${r.reason}`), children: r.children }))}
              dataKey="label"
              orientation="vertical"
              series={[{ name: 'children', label: t('dashboard.charts.children'), color: 'red.7' }]}
              yAxisProps={{ width: 150 }}
              xAxisProps={{ allowDecimals: false }}
              valueFormatter={number}
              withBarValueLabel
              textColor="gray.7"
              gridAxis="y"
              withTooltip={false}
              accessibilityLayer={false}
            />
          }
          table={
            <FiguresTable
              caption={t('dashboard.charts.flagsLabel')}
              rows={attendance.byReason}
              columns={[
                {
                  header: t('dashboard.charts.reason'),
                  cell: (r) => <Link to={`/worklist/reason/${r.reason}`}>{t(`attendance.worklist.reasonNames.${r.reason}`)}</Link>,
                },
                { header: t('dashboard.charts.children'), cell: (r) => number(r.children) },
              ]}
            />
          }
        />
      )}
    </SimpleGrid>
  );
}
