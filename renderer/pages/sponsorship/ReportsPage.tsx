import { Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { saveFile } from '../../components/ExportButton';
import { can, type Me } from '../../session';
import { todayIso } from '../cases/labels';
import { localDigits } from '../../format';
import { Fc4Figures, Form10bdFigures, MonthFigures, useReportFigures } from './ReportFigures';
import { TitledPanel } from '../../components/TitledPanel';
import { ArrearsSettingsCard } from './ArrearsSettingsCard';
import { addMonths, financialYearOf, monthLabel, monthOf, monthRange } from './months';

interface ProducedFile {
  fileName: string;
  contentBase64: string;
}

/** The kinds of file the papers come as: the button's word and the file's type. */
const fileKinds = {
  xlsx: { labelKey: 'sponsorship.reportsPage.excel', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { labelKey: 'sponsorship.reportsPage.csv', mimeType: 'text/csv' },
  tally: { labelKey: 'sponsorship.reportsPage.tally', mimeType: 'application/xml' },
} as const;

interface ReportFile {
  kind: keyof typeof fileKinds;
  ariaLabel: string;
  produce: () => Promise<ProducedFile>;
}

/** A button that asks the API for a file and saves it, showing progress and any error. */
function FileButton({ kind, ariaLabel, produce }: ReportFile) {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: produce,
    onSuccess: (file) => saveFile(file, fileKinds[kind].mimeType),
    onError: (error) => showError(t, error),
  });
  return (
    <Button variant="default" aria-label={ariaLabel} loading={run.isPending} onClick={() => run.mutate()}>
      {t(fileKinds[kind].labelKey)}
    </Button>
  );
}

interface Period {
  label: string;
  data: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

/** One paper the office sends out: what it is, the year or month it covers, its files, and its figures on screen. */
function ReportCard({
  paper,
  period,
  files,
  children,
}: {
  paper: 'form10bd' | 'fc4' | 'monthly';
  period: Period;
  files: ReportFile[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const title = t(`sponsorship.reportsPage.${paper}Title`);
  return (
    <TitledPanel title={title}>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`sponsorship.reportsPage.${paper}Explain`)}
      </Text>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <Select
            label={period.label}
            allowDeselect={false}
            w={200}
            data={period.data}
            value={period.value}
            onChange={(v) => v && period.onChange(v)}
          />
          {files.map((file) => (
            <FileButton key={file.ariaLabel} {...file} />
          ))}
        </Group>
        {children}
      </Stack>
    </TitledPanel>
  );
}

/** The last six financial years, the current one first: '2026-27', '2025-26', … */
function recentFinancialYears(today: string): string[] {
  const start = Number(financialYearOf(today).slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => `${start - i}-${String((start - i + 1) % 100).padStart(2, '0')}`);
}

/** What leaves the office about sponsorship money: Form 10BD, the FC-4 return, the accountant's month; and the arrears thresholds. */
export function SponsorshipReportsPage({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const today = todayIso();
  const years = recentFinancialYears(today);
  const thisMonth = monthOf(today);
  const months = monthRange(addMonths(thisMonth, -23), thisMonth).reverse();
  const [year10bd, setYear10bd] = useState(years[0] ?? financialYearOf(today));
  const [yearFc4, setYearFc4] = useState(years[0] ?? financialYearOf(today));
  const [month, setMonth] = useState(thisMonth);
  const figures = useReportFigures(year10bd, yearFc4, month).data;
  const yearOptions = years.map((y) => ({ value: y, label: t('sponsorship.reportsPage.financialYear', { year: localDigits(y) }) }));
  const yearPeriod = (value: string, onChange: (year: string) => void): Period => ({
    label: t('sponsorship.reportsPage.year'),
    data: yearOptions,
    value,
    onChange,
  });
  const form10bd = (format: 'xlsx' | 'csv') => () => call('reports.form10bd', { financialYear: year10bd, format });
  const monthlyAccounts = (format: 'xlsx' | 'tally') => () => call('reports.monthlyAccounts', { month, format });

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1} size="h2">
        {t('sponsorship.reportsPage.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ReportCard
          paper="form10bd"
          period={yearPeriod(year10bd, setYear10bd)}
          files={[
            { kind: 'xlsx', ariaLabel: t('sponsorship.reportsPage.form10bdExcel'), produce: form10bd('xlsx') },
            { kind: 'csv', ariaLabel: t('sponsorship.reportsPage.form10bdCsv'), produce: form10bd('csv') },
          ]}
        >
          <Form10bdFigures figures={figures} year={year10bd} />
        </ReportCard>
        <ReportCard
          paper="fc4"
          period={yearPeriod(yearFc4, setYearFc4)}
          files={[
            {
              kind: 'xlsx',
              ariaLabel: t('sponsorship.reportsPage.fc4Excel'),
              produce: () => call('reports.fc4', { financialYear: yearFc4 }),
            },
          ]}
        >
          <Fc4Figures figures={figures} year={yearFc4} />
        </ReportCard>
        <ReportCard
          paper="monthly"
          period={{
            label: t('sponsorship.reportsPage.month'),
            data: months.map((m) => ({ value: m, label: monthLabel(m, lang) })),
            value: month,
            onChange: setMonth,
          }}
          files={[
            { kind: 'xlsx', ariaLabel: t('sponsorship.reportsPage.monthlyExcel'), produce: monthlyAccounts('xlsx') },
            { kind: 'tally', ariaLabel: t('sponsorship.reportsPage.monthlyTally'), produce: monthlyAccounts('tally') },
          ]}
        >
          <MonthFigures figures={figures} month={monthLabel(month, lang)} />
        </ReportCard>
        <ArrearsSettingsCard writes={can(me, 'sponsorship.write')} />
      </SimpleGrid>
    </Stack>
  );
}
