import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { filled } from '../../components/forms';
import { formatDate, parseDate } from '../../format';
import { sessionKeys } from '../../session';
import { auditKeys, officeKeys } from './keys';

type Office = ApiResult<'office.get'>;
const required = ['organisation', 'officeName', 'district', 'block'] as const;
const letterhead = [...required, 'address', 'phone', 'email'] as const;
/** What donation receipts and the income-tax and FCRA returns must carry. */
const registrations = ['pan', 'urn80g', 'urn80gIssuedOn', 'fcraRegistration'] as const;
const fields = [...letterhead, ...registrations] as const;
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
  const requiredRule = filled(t('errors.required'));
  const form = useForm<Record<Field, string>>({
    initialValues: {
      organisation: office.organisation,
      officeName: office.officeName,
      district: office.district,
      block: office.block,
      address: office.address ?? '',
      phone: office.phone ?? '',
      email: office.email ?? '',
      pan: office.pan ?? '',
      urn80g: office.urn80g ?? '',
      urn80gIssuedOn: office.urn80gIssuedOn ? formatDate(office.urn80gIssuedOn) : '',
      fcraRegistration: office.fcraRegistration ?? '',
    },
    validate: {
      ...Object.fromEntries(required.map((field) => [field, requiredRule])),
      // Optional, but a date when given.
      urn80gIssuedOn: (typed) => (typed.trim() && !parseDate(typed) ? t('errors.date') : null),
    },
  });
  const save = useMutation({
    mutationFn: (values: Record<Field, string>) => call('office.update', { ...values, urn80gIssuedOn: parseDate(values.urn80gIssuedOn) }),
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
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('admin.office.officeCode')}
          value={office.officeCode}
          description={t('admin.office.officeCodeFixed')}
          disabled
        />
        <SimpleGrid cols={2} spacing="sm">
          {letterhead.map((field) => (
            <TextInput key={field} label={t(`admin.office.${field}`)} {...form.getInputProps(field)} />
          ))}
        </SimpleGrid>
        <Title order={5} mt="xs">
          {t('admin.office.registrations')}
        </Title>
        <SimpleGrid cols={2} spacing="sm">
          {registrations.map((field) => (
            <TextInput
              key={field}
              label={t(`admin.office.${field}`)}
              placeholder={field === 'urn80gIssuedOn' ? 'DD/MM/YYYY' : undefined}
              {...form.getInputProps(field)}
            />
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
