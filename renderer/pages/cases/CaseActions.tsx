import { Box, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatDate } from '../../format';
import type { Me } from '../../session';
import { dayOf } from '../../components/forms';
import type { CaseFile } from './labels';
import { DueDate } from './parts';
import { DateField } from '../../components/DateField';
import { SectionTitle } from '../../components/SectionTitle';
import { casesKeys, useCaseWorkers } from './queries';

type Action = CaseFile['actions'][number];

const actionFields = ['description', 'dueOn', 'ownerId'] as const;

function ActionItem({ action }: { action: Action }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const done = useMutation({
    mutationFn: () => call('cases.completeAction', { id: action.id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKeys.all }),
    onError: (error) => showError(t, error),
  });
  const open = action.doneOn === null;
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      gap="sm"
      py={6}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={open ? 500 : undefined} c={open ? undefined : 'dimmed'} td={open ? undefined : 'line-through'}>
          {action.description}
        </Text>
        <Text size="xs" c="dimmed">
          {open ? (
            <>
              {t('cases.actions.due')} <DueDate dueOn={action.dueOn} size="xs" />
            </>
          ) : (
            t('cases.actions.doneOn', { date: formatDate(action.doneOn) })
          )}
          {' · '}
          {action.ownerName}
        </Text>
      </div>
      {open && (
        <Button
          size="compact-sm"
          variant="light"
          loading={done.isPending}
          aria-label={t('cases.actions.markDoneNamed', { action: action.description })}
          onClick={() => done.mutate()}
        >
          {t('cases.actions.markDone')}
        </Button>
      )}
    </Group>
  );
}

function AddActionForm({ file, me }: { file: CaseFile; me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const workers = useCaseWorkers();
  const form = useForm({ initialValues: { description: '', dueOn: '', ownerId: me.userId as number | null } });
  const owners = new Map<number, string>((workers.data ?? [{ id: me.userId, fullName: me.fullName }]).map((w) => [w.id, w.fullName]));

  const add = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('cases.addAction', { ...values, caseId: file.id, dueOn: dayOf(values.dueOn), ownerId: values.ownerId ?? undefined }),
    onSuccess: async () => {
      form.setValues({ description: '', dueOn: '' });
      notifications.show({ color: 'teal', message: t('cases.actions.added') });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
    },
    onError: (error) => showError(t, error, form, actionFields),
  });

  return (
    <Box
      component="form"
      onSubmit={form.onSubmit((values) => add.mutate(values))}
      noValidate
      aria-label={t('cases.actions.addTitle')}
      mt="xs"
    >
      <Stack gap="xs">
        <TextInput
          label={t('cases.actions.description')}
          placeholder={t('cases.actions.descriptionHint')}
          maxLength={300}
          {...form.getInputProps('description')}
        />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <DateField w={130} label={t('cases.actions.dueOn')} {...form.getInputProps('dueOn')} />
          <Select<number>
            style={{ flex: 1, minWidth: 0 }}
            label={t('cases.actions.owner')}
            data={[...owners].map(([id, name]) => ({ value: id, label: name }))}
            allowDeselect={false}
            {...form.getInputProps('ownerId')}
          />
          <Button type="submit" variant="default" mt={25} style={{ flexShrink: 0 }} loading={add.isPending}>
            {t('cases.actions.add')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}

/** What must be done next on the case, and by whom; done ones stay below, struck through. */
export function CaseActions({ file, me }: { file: CaseFile; me: Me }) {
  const { t } = useTranslation();
  const open = file.actions.filter((a) => a.doneOn === null);
  const done = file.actions.filter((a) => a.doneOn !== null).sort((a, b) => (b.doneOn ?? '').localeCompare(a.doneOn ?? ''));
  return (
    <Paper withBorder p="md" component="section" aria-label={t('cases.actions.title')}>
      <SectionTitle>{t('cases.actions.title')}</SectionTitle>
      <Stack gap={0}>
        {open.length === 0 && file.status === 'open' && (
          <Text size="sm" c="dimmed" pb={6}>
            {t('cases.actions.none')}
          </Text>
        )}
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {[...open, ...done].map((a) => (
            <ActionItem key={a.id} action={a} />
          ))}
        </Box>
      </Stack>
      {file.status === 'open' && <AddActionForm file={file} me={me} />}
    </Paper>
  );
}
