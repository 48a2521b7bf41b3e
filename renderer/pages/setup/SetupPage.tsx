import { Box, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { filled } from '../../components/forms';
import { currentLanguage } from '../../i18n';
import { sessionKeys } from '../../session';
import { PasswordRules } from '../admin/PasswordRules';
import { PasswordField } from '../admin/PasswordField';
import { WelcomeCard } from './WelcomeCard';
import { hintBelow } from '../../components/fieldHint';

const blank = {
  organisation: '',
  officeName: '',
  officeCode: '',
  district: '',
  block: '',
  adminName: '',
  adminUsername: '',
  adminPassword: '',
  confirmPassword: '',
  address: '',
  pan: '',
  urn80g: '',
};
type SetupValues = typeof blank;

const requiredFields = [
  'organisation',
  'officeName',
  'officeCode',
  'district',
  'block',
  'adminName',
  'adminUsername',
  'adminPassword',
] as const;
const apiFields = [...requiredFields, 'address', 'pan', 'urn80g'] as const;

/** First start: the office's details and its first administrator, who is logged in afterwards. */
export function SetupPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const form = useForm<SetupValues>({
    initialValues: blank,
    validate: {
      ...Object.fromEntries(requiredFields.map((field) => [field, required])),
      confirmPassword: (confirm, values) => required(confirm) ?? (confirm === values.adminPassword ? null : t('admin.password.mismatch')),
    },
  });

  // An office code and a PAN are written in capitals: the field turns what is typed into them as it is typed.
  const capitals = (field: 'officeCode' | 'pan') => ({
    ...form.getInputProps(field),
    onChange: (e: ChangeEvent<HTMLInputElement>) => form.setFieldValue(field, e.currentTarget.value.toUpperCase()),
  });

  const initialize = useMutation({
    mutationFn: (v: SetupValues) =>
      call('setup.initialize', {
        organisation: v.organisation,
        officeName: v.officeName,
        officeCode: v.officeCode,
        district: v.district,
        block: v.block,
        adminName: v.adminName,
        adminUsername: v.adminUsername,
        adminPassword: v.adminPassword,
        address: v.address || null,
        pan: v.pan || null,
        urn80g: v.urn80g || null,
        language: currentLanguage(),
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionKeys.setup }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.me }),
      ]),
    onError: (error) => showError(t, error, form, apiFields),
  });

  return (
    <WelcomeCard maw={760} headerMb="md">
      <Title order={3}>{t('admin.setup.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('admin.setup.intro')}
      </Text>
      <form onSubmit={form.onSubmit((values) => initialize.mutate(values))} noValidate>
        <Stack gap="md">
          <Fieldset legend={t('admin.setup.officeSection')}>
            <Stack gap="xs">
              <TextInput
                label={t('admin.setup.organisation')}
                placeholder={t('admin.setup.organisationPlaceholder')}
                withAsterisk
                {...form.getInputProps('organisation')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
                <TextInput
                  label={t('admin.setup.officeName')}
                  placeholder={t('admin.setup.officeNamePlaceholder')}
                  withAsterisk
                  {...form.getInputProps('officeName')}
                />
                <TextInput
                  label={t('admin.setup.officeCode')}
                  {...hintBelow(t('admin.setup.officeCodeHint'))}
                  withAsterisk
                  maxLength={6}
                  {...capitals('officeCode')}
                />
                <TextInput
                  label={t('admin.setup.district')}
                  placeholder={t('admin.setup.districtPlaceholder')}
                  withAsterisk
                  {...form.getInputProps('district')}
                />
                <TextInput
                  label={t('admin.setup.block')}
                  placeholder={t('admin.setup.blockPlaceholder')}
                  withAsterisk
                  {...form.getInputProps('block')}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('admin.setup.adminSection')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
              <TextInput label={t('admin.setup.adminName')} withAsterisk autoComplete="name" {...form.getInputProps('adminName')} />
              <TextInput
                label={t('admin.setup.adminUsername')}
                {...hintBelow(t('admin.setup.usernameHint'))}
                withAsterisk
                autoComplete="username"
                {...form.getInputProps('adminUsername')}
              />
              <PasswordField
                label={t('admin.setup.adminPassword')}
                withAsterisk
                autoComplete="new-password"
                {...form.getInputProps('adminPassword')}
              />
              <PasswordField
                label={t('admin.password.confirm')}
                withAsterisk
                autoComplete="new-password"
                {...form.getInputProps('confirmPassword')}
              />
            </SimpleGrid>
            <Box mt="xs">
              <PasswordRules password={form.values.adminPassword} username={form.values.adminUsername} />
            </Box>
          </Fieldset>
          <Fieldset legend={t('admin.setup.taxSection')}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('admin.setup.taxIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
              <TextInput label={t('admin.setup.pan')} {...hintBelow(t('admin.setup.panHint'))} maxLength={10} {...capitals('pan')} />
              <TextInput label={t('admin.setup.urn80g')} {...form.getInputProps('urn80g')} />
            </SimpleGrid>
            <TextInput mt="xs" label={t('admin.setup.address')} {...form.getInputProps('address')} />
          </Fieldset>
          <Group justify="flex-end">
            <Button type="submit" loading={initialize.isPending}>
              {t('admin.setup.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </WelcomeCard>
  );
}
