import { ActionIcon, Button, Group, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { NoteField } from '../../components/NoteField';

type Figures = ApiResult<'reports.monthlyFigures'>['figures'];

interface Values {
  escalations: { caseId: string | null; note: string }[];
  nextMonthPlan: string;
}

/** Section 10: the cases the manager puts before the DCPO, each with a note, and next month's plan. */
export function EscalationsForm({ month, figures }: { month: string; figures: Figures }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const openCases = useQuery({
    queryKey: ['cases', 'list', 'report-pick'],
    queryFn: () => call('cases.list', { limit: 500, mine: false }),
  });
  const form = useForm<Values>({ initialValues: { escalations: [], nextMonthPlan: '' } });
  const ids = figures.escalations.caseIds.join(',');
  useEffect(() => {
    form.setValues({
      escalations: figures.escalations.caseIds.map((id, i) => ({ caseId: String(id), note: figures.escalations.cases[i]?.note ?? '' })),
      nextMonthPlan: figures.escalations.nextMonthPlan,
    });
    form.resetDirty();
    // Reload the form when another month (or a saved version) comes in, not on every keystroke.
  }, [month, ids, figures.escalations.nextMonthPlan]);
  const save = useMutation({
    mutationFn: (v: Values) =>
      call('reports.saveMonthNotes', {
        month,
        escalations: v.escalations.map((e) => ({ caseId: Number(e.caseId), note: e.note })),
        nextMonthPlan: v.nextMonthPlan,
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('monthlyReport.notesSaved') });
      await queryClient.invalidateQueries({ queryKey: ['reports', 'monthly'] });
    },
    onError: (err) => showError(t, err, form),
  });
  const options = (openCases.data?.rows ?? []).map((c) => ({ value: String(c.id), label: `${c.caseNumber} · ${c.childCodes}` }));
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {t('monthlyReport.escalationsHeading')}
      </Title>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack gap="xs">
          {form.values.escalations.map((e, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <Select
                label={t('monthlyReport.escalationCase')}
                placeholder={t('monthlyReport.escalationCasePlaceholder')}
                data={options}
                searchable
                w={260}
                {...form.getInputProps(`escalations.${i}.caseId`)}
              />
              <NoteField
                maxRows={null}
                label={t('monthlyReport.escalationNote')}
                minRows={1}
                style={{ flex: 1 }}
                {...form.getInputProps(`escalations.${i}.note`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('monthlyReport.removeEscalation', { caseNumber: options.find((o) => o.value === e.caseId)?.label ?? '' })}
                onClick={() => form.removeListItem('escalations', i)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="default" onClick={() => form.insertListItem('escalations', { caseId: null, note: '' })}>
              {t('monthlyReport.addEscalation')}
            </Button>
          </Group>
          <Textarea label={t('monthlyReport.nextMonthPlan')} autosize minRows={2} {...form.getInputProps('nextMonthPlan')} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('monthlyReport.saveNotes')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
