import { Autocomplete, Checkbox, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { parseRupees } from '../../../electron/shared/money';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useSaveConflict } from '../../components/SaveConflict';
import { NoteField } from '../../components/NoteField';
import { FormButtons } from '../../components/FormModal';
import { navigate } from '../../router';
import { childName } from '../cases/ChildPicker';
import { FormSection } from '../../components/FormSection';
import { ChoiceField } from '../../components/ChoiceField';
import { asciiDigits } from '../register/labels';
import { priorities } from './labels';
import { MoneyInput } from './money';
import { CodeBadge } from './parts';
import { sponsorshipKeys } from './queries';
import { RegisterChildSelect, type RegisterChild } from './RegisterChildSelect';
import { fields, initialValues, relations, type SponsoredChild, type Values } from './sponsoredChildValues';
import { hintBelow } from '../../components/fieldHint';

export type { SponsoredChild } from './sponsoredChildValues';

type CreateInput = ApiInput<'sponsoredChildren.create'>;

function SponsoredChildFormBody({ existing, onDone }: { existing: SponsoredChild | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [child, setChild] = useState<RegisterChild | null>(null);
  const [left, setLeft] = useState(existing?.status === 'left');
  const form = useForm<Values>({ initialValues: initialValues(existing) });
  const values = form.values;

  const save = useMutation({
    mutationFn: ({ input: { childId, ...input }, version }: { input: CreateInput; version: number | null }): Promise<{ id: number }> =>
      existing
        ? call('sponsoredChildren.update', {
            ...input,
            id: existing.id,
            version: version ?? existing.version,
            status: left ? 'left' : existing.status === 'left' ? 'waiting' : existing.status,
          })
        : call('sponsoredChildren.create', { ...input, childId }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      const code = existing?.childCode ?? child?.childCode ?? '';
      notifications.show({
        color: 'teal',
        message: t(existing ? 'sponsorship.childForm.updated' : 'sponsorship.childForm.created', { code }),
      });
      onDone();
      if (!existing) navigate(`/sponsorship/children/${saved.id}`);
    },
    onError: (error) => {
      if (!conflict.caught(error)) showError(t, error, form, fields);
    },
  });
  const label = (field: keyof Values) => ({
    label: t(`sponsorship.childForm.${field === 'monthlySupportPaise' ? 'monthlySupport' : field}`),
  });
  const yesNo = (yes: boolean) => t(yes ? 'common.yes' : 'common.no');
  const conflict = useSaveConflict({
    form,
    version: existing?.version ?? null,
    toValues: (record) => initialValues({ ...existing, ...record } as unknown as SponsoredChild),
    fields: {
      guardianName: label('guardianName'),
      guardianRelation: label('guardianRelation'),
      payoutMethod: { ...label('payoutMethod'), text: (m) => t(`sponsorship.payoutMethods.${m}`) },
      bankName: label('bankName'),
      accountNumber: label('accountNumber'),
      ifsc: label('ifsc'),
      photoConsent: { ...label('photoConsent'), text: yesNo },
      storyConsent: { ...label('storyConsent'), text: yesNo },
      priority: { label: t('sponsorship.childForm.priority'), text: (p) => t(`sponsorship.priorities.p${p}`) },
      missionVatsalya: { ...label('missionVatsalya'), text: yesNo },
      monthlySupportPaise: label('monthlySupportPaise'),
      progressNote: label('progressNote'),
    },
    save: (merged, version) => {
      const input = inputOf(merged);
      if (input) save.mutate({ input, version });
    },
  });

  const pick = async (picked: RegisterChild | null) => {
    setChild(picked);
    form.clearFieldError('childId');
    if (!picked) return;
    // The register usually knows the guardian already; the coordinator corrects it if the family says otherwise.
    const full = await call('children.get', { id: picked.id });
    const typed = form.getValues();
    form.setValues({
      guardianName: typed.guardianName || (full.guardianName ?? ''),
      guardianRelation: typed.guardianRelation || (full.guardianRelation ?? ''),
    });
  };

  // Only what the form alone knows is checked here (no child picked, an amount it cannot read); the server checks the rest.
  const inputOf = (values: Values): CreateInput | null => {
    const childId = existing?.childId ?? child?.id ?? null;
    const monthlySupportPaise = parseRupees(values.monthlySupportPaise);
    form.setErrors({
      ...(childId === null ? { childId: t('sponsorship.childForm.chooseChild') } : {}),
      ...(!monthlySupportPaise ? { monthlySupportPaise: t('sponsorship.amountInvalid') } : {}),
    });
    if (childId === null || !monthlySupportPaise) return null;
    const bank = values.payoutMethod === 'bank';
    return {
      childId,
      guardianName: values.guardianName,
      guardianRelation: values.guardianRelation,
      payoutMethod: values.payoutMethod,
      bankName: bank ? values.bankName : null,
      accountNumber: bank ? asciiDigits(values.accountNumber).replace(/\s/g, '') : null,
      ifsc: bank ? values.ifsc.trim().toUpperCase() : null,
      photoConsent: values.photoConsent,
      storyConsent: values.storyConsent,
      priority: values.priority,
      missionVatsalya: values.missionVatsalya,
      monthlySupportPaise,
      progressNote: values.progressNote,
    };
  };
  const submit = (values: Values) => {
    const input = inputOf(values);
    if (input) save.mutate({ input, version: conflict.version });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      {conflict.dialog}
      <Stack gap="md">
        {existing ? (
          <Group gap="sm">
            <CodeBadge code={existing.childCode} />
            <Text fw={600}>{existing.name}</Text>
          </Group>
        ) : (
          <RegisterChildSelect value={child} onChange={(c) => void pick(c)} error={form.errors.childId} />
        )}
        {!existing && child && (
          <Text size="xs" c="dimmed">
            {t('sponsorship.childForm.picked', { name: childName(child), code: child.childCode })}
          </Text>
        )}

        <FormSection title={t('sponsorship.childForm.familySection')}>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('sponsorship.childForm.guardianName')}
              {...hintBelow(t('sponsorship.childForm.guardianHint'))}
              maxLength={200}
              {...form.getInputProps('guardianName')}
            />
            <Autocomplete
              label={t('sponsorship.childForm.guardianRelation')}
              data={relations.map((r) => t(`register.form.relations.${r}`))}
              {...form.getInputProps('guardianRelation')}
            />
          </SimpleGrid>
          <SegmentedControl
            aria-label={t('sponsorship.childForm.payoutMethod')}
            {...form.getInputProps('payoutMethod')}
            data={[
              { value: 'bank', label: t('sponsorship.payoutMethods.bank') },
              { value: 'cash', label: t('sponsorship.payoutMethods.cash') },
            ]}
            w="fit-content"
          />
          {values.payoutMethod === 'bank' ? (
            <SimpleGrid cols={3} spacing="sm">
              <TextInput label={t('sponsorship.childForm.bankName')} withAsterisk maxLength={120} {...form.getInputProps('bankName')} />
              <TextInput
                label={t('sponsorship.childForm.accountNumber')}
                withAsterisk
                inputMode="numeric"
                maxLength={20}
                {...form.getInputProps('accountNumber')}
              />
              <TextInput
                label={t('sponsorship.childForm.ifsc')}
                {...hintBelow(t('sponsorship.childForm.ifscHint'))}
                withAsterisk
                maxLength={11}
                styles={{ input: { textTransform: 'uppercase', letterSpacing: 1 } }}
                {...form.getInputProps('ifsc')}
              />
            </SimpleGrid>
          ) : (
            <Text size="sm" c="dimmed">
              {t('sponsorship.childForm.cashHint')}
            </Text>
          )}
        </FormSection>

        <FormSection title={t('sponsorship.childForm.supportSection')}>
          <SimpleGrid cols={2} spacing="sm">
            <MoneyInput
              label={t('sponsorship.childForm.monthlySupport')}
              {...hintBelow(t('sponsorship.childForm.monthlySupportHint'))}
              withAsterisk
              {...form.getInputProps('monthlySupportPaise')}
            />
            <ChoiceField
              label={t('sponsorship.childForm.priority')}
              value={String(values.priority)}
              onChange={(v) => form.setFieldValue('priority', v === '1' ? 1 : v === '2' ? 2 : 3)}
              data={priorities.map((p) => ({ value: String(p), label: t(`sponsorship.priorities.p${p}`) }))}
            />
          </SimpleGrid>
          <Checkbox
            label={t('sponsorship.childForm.missionVatsalya')}
            description={t('sponsorship.childForm.missionVatsalyaHint')}
            {...form.getInputProps('missionVatsalya', { type: 'checkbox' })}
          />
          <Group gap="xl">
            <Checkbox label={t('sponsorship.childForm.photoConsent')} {...form.getInputProps('photoConsent', { type: 'checkbox' })} />
            <Checkbox label={t('sponsorship.childForm.storyConsent')} {...form.getInputProps('storyConsent', { type: 'checkbox' })} />
          </Group>
          <NoteField
            label={t('sponsorship.childForm.progressNote')}
            {...hintBelow(t('sponsorship.childForm.progressNoteHint'))}
            maxLength={2000}
            {...form.getInputProps('progressNote')}
          />
        </FormSection>

        {existing && (
          <Checkbox
            label={t('sponsorship.childForm.left')}
            description={t('sponsorship.childForm.leftHint')}
            checked={left}
            onChange={(e) => setLeft(e.currentTarget.checked)}
          />
        )}
        <FormButtons onCancel={onDone} submitLabel={t('common.save')} pending={save.isPending} />
      </Stack>
    </form>
  );
}

/** Takes a child from the register into the sponsorship programme, or edits the family's details. */
export function SponsoredChildFormModal({ existing, onClose }: { existing: SponsoredChild | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? t('sponsorship.childForm.editTitle') : t('sponsorship.childForm.addTitle')}
      size="xl"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <SponsoredChildFormBody existing={existing} onDone={onClose} />
    </Modal>
  );
}
