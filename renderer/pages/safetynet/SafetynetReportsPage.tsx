import { Alert, Button, Checkbox, Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { saveFile } from '../../components/ExportButton';
import { FilterSelect } from '../../components/FilterSelect';
import { errorText, showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { SectionTitle } from '../../components/SectionTitle';
import { todayIso } from '../cases/labels';
import { MonthSwitcher } from '../sponsorship/MonthSwitcher';
import { DepartureTable } from './DepartureTable';
import { LevelBadge, migrationPurposes } from './labels';
import { safetynetKeys, usePlaces } from './queries';
import { PageTitle } from '../../components/PageTitle';

type Report = ApiResult<'migrations.monthReport'>;
const ageBands = ['under14', 'from14to17', 'from18to24', 'from25', 'unknown'] as const;
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function Counts({ title, rows }: { title: string; rows: { label: string; count: number }[] }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <SectionTitle>{title}</SectionTitle>
      <Table fz="sm" verticalSpacing={3}>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.label}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatNumber(r.count)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function RedFlagList({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (report.redFlags.length === 0) return <Text size="sm">{t('safetynet.report.none')}</Text>;
  return (
    <Paper withBorder>
      <Table fz="sm" verticalSpacing={5} aria-label={t('safetynet.report.redFlags')}>
        <Table.Tbody>
          {report.redFlags.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td w={220}>
                <Text size="sm" fw={500}>
                  {d.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[d.childCode, d.village].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td w={110}>
                <LevelBadge level={d.level} /> {formatNumber(d.score)}
              </Table.Td>
              <Table.Td>{d.flags.map((f) => f.reason).join(' · ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Exports({ month, gramPanchayat, me }: { month: string; gramPanchayat: string | null; me: Me }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<'en' | 'bn'>('bn');
  const [withMinorNames, setWithMinorNames] = useState(false);
  const scope = { month, ...(gramPanchayat ? { gramPanchayat } : {}) };
  const excel = useMutation({
    mutationFn: (withNames: boolean) => call('migrations.monthReportExport', { ...scope, withNames }),
    onSuccess: (file) => saveFile(file, xlsx),
    onError: (error) => showError(t, error),
  });
  const pdf = useMutation({
    mutationFn: () => call('migrations.registerPdf', { ...scope, language, withMinorNames }),
    onSuccess: (file) => saveFile(file, 'application/pdf'),
    onError: (error) => showError(t, error),
  });
  return (
    <Paper withBorder p="md">
      <Group align="flex-end" gap="lg">
        <Group gap="xs">
          <Button variant="default" loading={excel.isPending && !excel.variables} onClick={() => excel.mutate(false)}>
            {t('safetynet.report.excel')}
          </Button>
          {can(me, 'safetynet.exportNames') && (
            <Button variant="default" loading={excel.isPending && excel.variables} onClick={() => excel.mutate(true)}>
              {t('safetynet.report.excelNames')}
            </Button>
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('safetynet.report.pdfLanguage')}
          </Text>
          <SegmentedControl
            aria-label={t('safetynet.report.pdfLanguage')}
            data={[
              { value: 'bn', label: 'বাংলা' },
              { value: 'en', label: 'English' },
            ]}
            value={language}
            onChange={(v) => setLanguage(v === 'en' ? 'en' : 'bn')}
          />
        </Stack>
        <Checkbox
          label={t('safetynet.report.withMinorNames')}
          description={t('safetynet.report.withMinorNamesHint')}
          checked={withMinorNames}
          onChange={(e) => setWithMinorNames(e.currentTarget.checked)}
        />
        <Button loading={pdf.isPending} onClick={() => pdf.mutate()}>
          {t('safetynet.report.pdf')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The month's SafetyNet report on screen, with its Excel export and the GP's register PDF. */
export function SafetynetReportsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const current = todayIso().slice(0, 7);
  const [month, setMonth] = useState(current);
  const [gramPanchayat, setGramPanchayat] = useState<string | null>(null);
  const places = usePlaces();
  const input = { month, ...(gramPanchayat ? { gramPanchayat } : {}) };
  const report = useQuery({
    queryKey: safetynetKeys.report(input),
    queryFn: () => call('migrations.monthReport', input),
    placeholderData: keepPreviousData,
  });
  const r = report.data;
  return (
    <Stack gap="sm">
      <PageTitle title={t('safetynet.report.title')} intro={t('safetynet.report.intro')} />
      <Group align="flex-end" gap="md">
        <MonthSwitcher month={month} latest={current} onChange={setMonth} />
        <FilterSelect
          label={t('safetynet.report.gramPanchayat')}
          shownLabel
          anyLabel={t('safetynet.report.all')}
          data={places.data?.gramPanchayats ?? []}
          value={gramPanchayat}
          onChange={setGramPanchayat}
          w={220}
        />
      </Group>
      <Exports month={month} gramPanchayat={gramPanchayat} me={me} />
      {report.isError && <Alert color="red">{errorText(t, report.error)}</Alert>}
      {r && (
        <>
          <Text fw={700} size="lg" data-testid="report-total">
            {t('safetynet.report.total')}: {formatNumber(r.total)}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Counts
              title={t('safetynet.report.byPurpose')}
              rows={migrationPurposes.map((p) => ({ label: t(`safetynet.purposes.${p}`), count: r.byPurpose[p] }))}
            />
            <Counts title={t('safetynet.report.byState')} rows={r.byState.map((s) => ({ label: s.state, count: s.count }))} />
            <Counts
              title={t('safetynet.report.bySex')}
              rows={(['female', 'male', 'other'] as const).map((s) => ({ label: t(`safetynet.sex.${s}`), count: r.bySex[s] }))}
            />
            <Counts
              title={t('safetynet.report.byAgeBand')}
              rows={ageBands.map((b) => ({ label: t(`safetynet.ageBands.${b}`), count: r.byAgeBand[b] }))}
            />
          </SimpleGrid>
          <Section title={t('safetynet.report.redFlags')}>
            <RedFlagList report={r} />
          </Section>
          <Section title={t('safetynet.report.overdue')}>
            <DepartureTable rows={r.overdue} label={t('safetynet.report.overdue')} empty={t('safetynet.report.none')} checkIns />
          </Section>
          <Section title={t('safetynet.report.agents')}>
            <Paper withBorder>
              <Table fz="sm" verticalSpacing={4} aria-label={t('safetynet.report.agents')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('safetynet.columns.agent')}</Table.Th>
                    <Table.Th>{t('safetynet.report.registered')}</Table.Th>
                    <Table.Th ta="right">{t('safetynet.report.departures')}</Table.Th>
                    <Table.Th ta="right">{t('safetynet.report.minors')}</Table.Th>
                    <Table.Th ta="right">{t('safetynet.report.high')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.agents.map((a) => (
                    <Table.Tr key={`${a.agentId ?? ''}-${a.name}`}>
                      <Table.Td>{a.name}</Table.Td>
                      <Table.Td>{a.agentId !== null ? t('safetynet.yes') : t('safetynet.no')}</Table.Td>
                      <Table.Td ta="right">{formatNumber(a.departures)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(a.minors)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(a.high)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          </Section>
        </>
      )}
    </Stack>
  );
}
