import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { sessionKeys } from '../../session';
import { useFormState } from './formState';
import { auditKeys, officeKeys } from './keys';

type Office = ApiResult<'office.get'>;
const required = ['organisation', 'officeName', 'district', 'block'] as const;
const fields = [...required, 'address', 'phone', 'email'] as const;
type Field = (typeof fields)[number];

/** The office's details as they appear at the head of every letter and report. */
export function OfficeDetails() {
  const { t } = useTranslation();
  const office = useQuery({ queryKey: officeKeys.all, queryFn: () => call('office.get', {}) });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('admin.office.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('admin.office.intro')}
          </Text>
        </div>
        {office.isPending && <Loader size="sm" />}
        {office.isError && <Alert color="red">{errorText(t, office.error)}</Alert>}
        {office.data && <OfficeForm office={office.data} />}
      </Stack>
    </Paper>
  );
}

function OfficeForm({ office }: { office: Office }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormState<Record<Field, string>>({
    organisation: office.organisation,
    officeName: office.officeName,
    district: office.district,
    block: office.block,
    address: office.address ?? '',
    phone: office.phone ?? '',
    email: office.email ?? '',
  });
  const save = useMutation({
    mutationFn: (values: Record<Field, string>) => call('office.update', values),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('admin.office.saved') });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: officeKeys.all }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.setup }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
    },
    onError: (error) => showError(t, error, form, fields),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.requireFilled(required, t('errors.required'))) save.mutate(form.values);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('admin.office.officeCode')}
          value={office.officeCode}
          description={t('admin.office.officeCodeFixed')}
          disabled
        />
        <SimpleGrid cols={2} spacing="sm">
          {fields.map((field) => (
            <TextInput key={field} label={t(`admin.office.${field}`)} {...form.text(field)} />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('admin.office.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
