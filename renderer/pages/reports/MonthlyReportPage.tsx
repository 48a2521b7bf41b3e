import { Alert, Badge, Button, Group, Loader, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { CardTitle } from '../../components/CardTitle';
import { saveFile } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, formatNumber } from '../../format';
import { MonthSwitcher } from '../sponsorship/MonthSwitcher';
import { addMonths, monthLabel, monthOf } from '../sponsorship/months';
import { ClosedMonths } from './ClosedMonths';
import { EscalationsForm } from './EscalationsForm';
import { FiguresPreview } from './FiguresPreview';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The monthly report for the DCPO meeting: pick the month, read the figures, print, close the month. */
export function MonthlyReportPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const queryClient = useQueryClient();
  const thisMonth = monthOf(new Date().toISOString().slice(0, 10));
  const [month, setMonth] = useState(addMonths(thisMonth, -1));
  const [language, setLanguage] = useState<'en' | 'bn'>(lang);
  const [confirming, setConfirming] = useState(false);
  const figures = useQuery({
    queryKey: ['reports', 'monthly', 'figures', month],
    queryFn: () => call('reports.monthlyFigures', { month }),
  });
  const closed = useQuery({ queryKey: ['reports', 'monthly', 'closed'], queryFn: () => call('reports.closedMonths', {}) });
  const revised = closed.data?.find((m) => m.month === month)?.revised ?? false;
  const pdf = useMutation({
    mutationFn: (annex?: { reason: string }) => call('reports.monthlyPdf', { month, language, ...(annex ? { annex } : {}) }),
    onSuccess: (file) => saveFile(file, PDF),
    onError: (err) => showError(t, err, annexForm, ['annex.reason']),
  });
  const excel = useMutation({
    mutationFn: () => call('reports.monthlyExcel', { month, language }),
    onSuccess: (file) => saveFile(file, XLSX),
    onError: (err) => showError(t, err),
  });
  const close = useMutation({
    mutationFn: () => call('reports.closeMonth', { month }),
    onSuccess: async (result) => {
      setConfirming(false);
      notifications.show({
        color: 'teal',
        message: t('monthlyReport.closedDone', { month: monthLabel(month, lang), version: formatNumber(result.version) }),
      });
      await queryClient.invalidateQueries({ queryKey: ['reports', 'monthly'] });
    },
    onError: (err) => {
      setConfirming(false);
      showError(t, err);
    },
  });
  const annexForm = useForm({ initialValues: { reason: '' } });
  const state = figures.data?.closed;

  return (
    <Stack gap="md">
      <div>
        <PageTitle title={t('monthlyReport.title')} intro={t('monthlyReport.intro')} />
      </div>
      <Group justify="space-between" align="center">
        <MonthSwitcher month={month} latest={thisMonth} onChange={setMonth} />
        <Group gap="xs">
          {state ? (
            <Badge color="teal" variant="light" size="lg" tt="none">
              {t('monthlyReport.closedAs', {
                version: formatNumber(state.version),
                name: state.signedByName,
                date: formatDateTime(state.signedAt),
              })}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" size="lg">
              {t('monthlyReport.draft')}
            </Badge>
          )}
          {revised && (
            <Badge color="orange" variant="filled" size="lg" data-testid="revised-mark">
              {t('monthlyReport.revised')}
            </Badge>
          )}
        </Group>
      </Group>
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end">
          <div>
            <Text size="sm" fw={500} id="report-language">
              {t('monthlyReport.languageLabel')}
            </Text>
            <SegmentedControl
              aria-labelledby="report-language"
              value={language}
              onChange={(v) => setLanguage(v === 'bn' ? 'bn' : 'en')}
              data={[
                { value: 'en', label: 'English' },
                { value: 'bn', label: 'বাংলা' },
              ]}
            />
          </div>
          <Button onClick={() => pdf.mutate(undefined)} loading={pdf.isPending && !pdf.variables}>
            {t('monthlyReport.downloadPdf')}
          </Button>
          <Button variant="default" onClick={() => excel.mutate()} loading={excel.isPending}>
            {t('monthlyReport.downloadExcel')}
          </Button>
          {month < thisMonth && (
            <Button
              color="teal"
              variant={confirming ? 'filled' : 'outline'}
              onClick={() => setConfirming(true)}
              disabled={Boolean(state) && !revised}
            >
              {state ? t('monthlyReport.closeRevision') : t('monthlyReport.close')}
            </Button>
          )}
        </Group>
        {confirming && (
          <Alert mt="sm" color="teal" title={t('monthlyReport.close')}>
            <Text size="sm" mb="xs">
              {t('monthlyReport.closeConfirm', { month: monthLabel(month, lang) })}
            </Text>
            <Group gap="xs">
              <Button color="teal" onClick={() => close.mutate()} loading={close.isPending}>
                {state ? t('monthlyReport.closeRevision') : t('monthlyReport.close')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Alert>
        )}
      </Paper>
      {figures.isError && (
        <Alert color="red" title={t('common.errorTitle')}>
          {errorText(t, figures.error)}
        </Alert>
      )}
      {figures.isPending && <Loader size="sm" />}
      {figures.data && (
        <>
          <Title order={2} size="h3">
            {t('monthlyReport.previewHeading', { month: monthLabel(month, lang) })}
          </Title>
          <FiguresPreview figures={figures.data.figures} />
          <EscalationsForm month={month} figures={figures.data.figures} />
          <Paper withBorder p="sm">
            <Stack gap="xs">
              <CardTitle title={t('monthlyReport.annexHeading')} intro={t('monthlyReport.annexHelp')} />
              <form onSubmit={annexForm.onSubmit((v) => pdf.mutate({ reason: v.reason }))}>
                <Group align="flex-end">
                  <TextInput label={t('monthlyReport.annexReason')} w={360} {...annexForm.getInputProps('reason')} />
                  <Button type="submit" variant="outline" color="red" loading={pdf.isPending && Boolean(pdf.variables)}>
                    {t('monthlyReport.annexPrint')}
                  </Button>
                </Group>
              </form>
            </Stack>
          </Paper>
        </>
      )}
      <ClosedMonths />
    </Stack>
  );
}
