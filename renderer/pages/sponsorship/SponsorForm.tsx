import { Alert, Checkbox, Collapse, Modal, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { useSaveConflict } from '../../components/SaveConflict';
import { NoteField } from '../../components/NoteField';
import { chosen } from '../../components/forms';
import { FormButtons } from '../../components/FormModal';
import { navigate } from '../../router';
import { FormSection } from '../../components/FormSection';
import { asciiDigits } from '../register/labels';
import { citizenships, isForeignSource, sponsorKinds, type Citizenship, type SponsorKind } from './labels';
import { sponsorshipKeys } from './queries';
import { hintBelow } from '../../components/fieldHint';

export type Sponsor = ApiResult<'sponsors.get'>;
type SponsorInput = ApiInput<'sponsors.create'>;

const fields = [
  'kind',
  'name',
  'address',
  'phone',
  'email',
  'taxIdType',
  'taxId',
  'citizenship',
  'passportCountry',
  'wants80g',
  'correspondentName',
  'correspondentPhone',
  'correspondentEmail',
  'notes',
] as const;

interface Values {
  kind: SponsorKind;
  name: string;
  address: string;
  phone: string;
  email: string;
  taxIdType: 'pan' | 'aadhaar' | null;
  taxId: string;
  citizenship: Citizenship | null;
  passportCountry: string;
  wants80g: boolean;
  correspondentName: string;
  correspondentPhone: string;
  correspondentEmail: string;
  notes: string;
}

function initialValues(s: Sponsor | null): Values {
  return {
    kind: s?.kind ?? 'individual',
    name: s?.name ?? '',
    address: s?.address ?? '',
    phone: s?.phone ?? '',
    email: s?.email ?? '',
    taxIdType: s?.taxIdType ?? null,
    taxId: s?.taxId ?? '',
    citizenship: s?.citizenship ?? null,
    passportCountry: s?.passportCountry ?? '',
    wants80g: s?.wants80g ?? false,
    correspondentName: s?.correspondentName ?? '',
    correspondentPhone: s?.correspondentPhone ?? '',
    correspondentEmail: s?.correspondentEmail ?? '',
    notes: s?.notes ?? '',
  };
}

function SponsorFormBody({ sponsor, onDone }: { sponsor: Sponsor | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [separateCorrespondent, setSeparateCorrespondent] = useState(Boolean(sponsor?.correspondentName));
  const form = useForm<Values>({
    initialValues: initialValues(sponsor),
    // A citizenship not chosen yet is said in the form's own words; the server names every other problem.
    validate: { citizenship: (c) => (c ? null : t('sponsorship.sponsorForm.chooseCitizenship')) },
  });
  const values = form.values;

  const save = useMutation({
    mutationFn: ({ input, version }: { input: SponsorInput; version: number | null }) =>
      sponsor ? call('sponsors.update', { ...input, id: sponsor.id, version: version ?? sponsor.version }) : call('sponsors.create', input),
    onSuccess: (saved, { input }) => {
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      notifications.show({
        color: 'teal',
        message: t(sponsor ? 'sponsorship.sponsorForm.updated' : 'sponsorship.sponsorForm.created', { name: input.name, code: saved.code }),
      });
      onDone();
      if (!sponsor) navigate(`/sponsorship/sponsors/${saved.id}`);
    },
    onError: (error) => {
      if (!conflict.caught(error)) showError(t, error, form, fields);
    },
  });
  const label = (field: Exclude<(typeof fields)[number], 'kind'>) => ({ label: t(`sponsorship.sponsorForm.${field}`) });
  const yesNo = (yes: boolean) => t(yes ? 'common.yes' : 'common.no');
  const conflict = useSaveConflict({
    form,
    version: sponsor?.version ?? null,
    toValues: (record) => initialValues(record as unknown as Sponsor),
    fields: {
      kind: { label: t('sponsorship.sponsorForm.kind'), text: (kind) => t(`sponsorship.sponsorKinds.${kind}`) },
      name: label('name'),
      address: label('address'),
      phone: label('phone'),
      email: label('email'),
      taxIdType: { label: t('sponsorship.sponsorForm.taxIdType'), text: (type) => (type ? t(`sponsorship.taxIdTypes.${type}`) : '') },
      taxId: label('taxId'),
      citizenship: { label: t('sponsorship.sponsorForm.citizenship'), text: (c) => (c ? t(`sponsorship.citizenships.${c}`) : '') },
      passportCountry: label('passportCountry'),
      wants80g: { label: t('sponsorship.sponsorForm.wants80g'), text: yesNo },
      correspondentName: label('correspondentName'),
      correspondentPhone: label('correspondentPhone'),
      correspondentEmail: label('correspondentEmail'),
      notes: label('notes'),
    },
    save: (values, version) => save.mutate({ input: inputOf(values), version }),
  });

  const foreign = values.citizenship !== null && isForeignSource(values.citizenship);
  const abroad = values.citizenship !== null && values.citizenship !== 'indian';

  const inputOf = (values: Values): SponsorInput => {
    const correspondent = separateCorrespondent
      ? {
          correspondentName: values.correspondentName,
          correspondentPhone: asciiDigits(values.correspondentPhone),
          correspondentEmail: values.correspondentEmail,
        }
      : { correspondentName: null, correspondentPhone: null, correspondentEmail: null };
    return {
      kind: values.kind,
      name: values.name,
      address: values.address,
      phone: asciiDigits(values.phone),
      email: values.email,
      taxIdType: values.taxId.trim() ? values.taxIdType : null,
      taxId: asciiDigits(values.taxId),
      citizenship: chosen(values.citizenship),
      passportCountry: abroad ? values.passportCountry : null,
      wants80g: foreign ? false : values.wants80g,
      ...correspondent,
      notes: values.notes,
    };
  };
  const submit = (values: Values) => save.mutate({ input: inputOf(values), version: conflict.version });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      {conflict.dialog}
      <Stack gap="md">
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('sponsorship.sponsorForm.kind')}
            {...form.getInputProps('kind')}
            data={sponsorKinds.map((k) => ({ value: k, label: t(`sponsorship.sponsorKinds.${k}`) }))}
          />
          <TextInput
            label={values.kind === 'individual' ? t('sponsorship.sponsorForm.name') : t('sponsorship.sponsorForm.organisationName')}
            withAsterisk
            data-autofocus
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <NoteField label={t('sponsorship.sponsorForm.address')} maxRows={4} maxLength={500} {...form.getInputProps('address')} />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t('sponsorship.sponsorForm.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('sponsorship.sponsorForm.email')} type="email" {...form.getInputProps('email')} />
          </SimpleGrid>
        </Stack>

        <FormSection title={t('sponsorship.sponsorForm.taxSection')}>
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('sponsorship.sponsorForm.citizenship')}
              placeholder={t('sponsorship.choose')}
              withAsterisk
              allowDeselect={false}
              data={citizenships.map((c) => ({ value: c, label: t(`sponsorship.citizenships.${c}`) }))}
              {...form.getInputProps('citizenship')}
            />
            {abroad ? (
              <TextInput
                label={t('sponsorship.sponsorForm.passportCountry')}
                withAsterisk={foreign}
                maxLength={100}
                {...form.getInputProps('passportCountry')}
              />
            ) : (
              <div />
            )}
          </SimpleGrid>
          {foreign && (
            <Alert color="blue" variant="light" title={t('sponsorship.sponsorForm.fcraTitle')}>
              {t('sponsorship.sponsorForm.fcraNote')}
            </Alert>
          )}
          {values.citizenship === 'indian_abroad' && (
            <Alert color="gray" variant="light">
              {t('sponsorship.sponsorForm.abroadNote')}
            </Alert>
          )}
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('sponsorship.sponsorForm.taxIdType')}
              placeholder={t('sponsorship.choose')}
              clearable
              data={[
                { value: 'pan', label: t('sponsorship.taxIdTypes.pan') },
                { value: 'aadhaar', label: t('sponsorship.taxIdTypes.aadhaar') },
              ]}
              {...form.getInputProps('taxIdType')}
            />
            <TextInput
              label={t('sponsorship.sponsorForm.taxId')}
              {...hintBelow(t('sponsorship.sponsorForm.taxIdHint'))}
              maxLength={20}
              styles={{ input: { textTransform: 'uppercase', letterSpacing: 1 } }}
              {...form.getInputProps('taxId')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('sponsorship.sponsorForm.wants80g')}
            description={foreign ? t('sponsorship.sponsorForm.no80gForeign') : t('sponsorship.sponsorForm.wants80gHint')}
            disabled={foreign}
            {...form.getInputProps('wants80g', { type: 'checkbox' })}
            checked={values.wants80g && !foreign}
          />
        </FormSection>

        <FormSection title={t('sponsorship.sponsorForm.correspondentSection')}>
          <Checkbox
            label={t('sponsorship.sponsorForm.separateCorrespondent')}
            checked={separateCorrespondent}
            onChange={(e) => setSeparateCorrespondent(e.currentTarget.checked)}
          />
          <Collapse expanded={separateCorrespondent}>
            <SimpleGrid cols={3} spacing="sm">
              <TextInput
                label={t('sponsorship.sponsorForm.correspondentName')}
                maxLength={200}
                {...form.getInputProps('correspondentName')}
              />
              <TextInput label={t('sponsorship.sponsorForm.correspondentPhone')} type="tel" {...form.getInputProps('correspondentPhone')} />
              <TextInput
                label={t('sponsorship.sponsorForm.correspondentEmail')}
                type="email"
                {...form.getInputProps('correspondentEmail')}
              />
            </SimpleGrid>
          </Collapse>
          <NoteField label={t('sponsorship.sponsorForm.notes')} maxRows={5} maxLength={2000} {...form.getInputProps('notes')} />
        </FormSection>

        <FormButtons onCancel={onDone} submitLabel={t('common.save')} pending={save.isPending} />
      </Stack>
    </form>
  );
}

/** Adds a sponsor (sponsor = null) or edits one; the body unmounts on close, so each opening starts fresh. */
export function SponsorFormModal({ opened, sponsor, onClose }: { opened: boolean; sponsor: Sponsor | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={sponsor ? t('sponsorship.sponsorForm.editTitle', { code: sponsor.code }) : t('sponsorship.sponsorForm.addTitle')}
      size="xl"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <SponsorFormBody sponsor={sponsor} onDone={onClose} />
    </Modal>
  );
}
