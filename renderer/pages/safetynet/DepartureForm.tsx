import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { navigate } from '../../router';
import { DateField } from '../../components/DateField';
import { FindSelect } from '../../components/FindSelect';
import { SectionTitle } from '../../components/SectionTitle';
import { attendanceKeys } from '../attendance/queries';
import { registerKeys } from '../register/queries';
import { KnowableInput, KnownSelect } from './FormParts';
import { arrangements, migrationPurposes, type KnownAnswer } from './labels';
import { childFacts, departureValues, formFieldOf, toInput, type KnowableField, type Values } from './departureFormValues';
import { departureConflictFields } from './departureConflictFields';
import { useSaveConflict } from '../../components/SaveConflict';
import { safetynetKeys, useAgents, useReportingPoints, type Departure } from './queries';
import { PageTitle } from '../../components/PageTitle';
import { NumberField } from '../../components/NumberField';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <SectionTitle>{title}</SectionTitle>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** A child of the register, found by name or code; choosing one fills in what the register knows. */
function ChildSelect({ value, onPick }: { value: number | null; onPick: (childId: number | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: [...registerKeys.all, 'pick', q],
    queryFn: () => call('children.search', { q, limit: 20 }),
    enabled: q.length >= 2,
  });
  const options = (found.data?.rows ?? []).map((c) => ({
    value: String(c.id),
    label: `${c.nameEn ?? c.nameBn ?? ''} · ${c.childCode}${c.village ? ` · ${c.village}` : ''}`,
  }));
  return (
    <FindSelect
      label={t('safetynet.form.child')}
      description={t('safetynet.form.childHint')}
      data={options}
      value={value === null ? null : String(value)}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(v) => onPick(v ? Number(v) : null)}
      nothingFoundMessage={q.length >= 2 ? '—' : undefined}
    />
  );
}

export function DepartureFormBody({ initial, existing, note }: { initial: Values; existing: Departure | null; note?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({ initialValues: initial });
  const v = form.values;
  const points = useReportingPoints();
  const agents = useAgents();
  const knowable = (key: KnowableField, label: string, date = false) => (
    <KnowableInput
      label={label}
      date={date}
      value={v[key]}
      notKnown={v.notKnown[key] === true}
      error={form.errors[key]}
      onChange={(value) => form.setFieldValue(key, value)}
      onNotKnown={(flag) => {
        form.setFieldValue(`notKnown.${key}`, flag);
        form.clearFieldError(key);
      }}
    />
  );
  const known = (key: 'familyKnows' | 'familyAgreed' | 'docAppointmentLetter' | 'docId' | 'docSchoolAdmission', label: string) => (
    <KnownSelect label={label} value={v[key]} error={form.errors[key]} onChange={(a: KnownAnswer | null) => form.setFieldValue(key, a)} />
  );

  const pickChild = async (childId: number | null) => {
    if (childId === null) return form.setFieldValue('childId', null);
    const child = await queryClient.fetchQuery({
      queryKey: registerKeys.child(childId),
      queryFn: () => call('children.get', { id: childId }),
    });
    form.setValues(childFacts(child));
  };

  const save = useMutation({
    mutationFn: ({ input, version }: { input: NonNullable<ReturnType<typeof toInput>['input']>; version: number | null }) =>
      existing
        ? call('migrations.update', { ...input, id: existing.id, version: version ?? existing.version })
        : call('migrations.create', input),
    onSuccess: async (saved) => {
      notifications.show({ color: 'teal', message: t('safetynet.form.saved', { level: t(`safetynet.levels.${saved.level}`) }) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: safetynetKeys.all }),
        queryClient.invalidateQueries({ queryKey: registerKeys.all }),
        queryClient.invalidateQueries({ queryKey: attendanceKeys.all }),
      ]);
      navigate(`/safetynet/${saved.id}`);
    },
    onError: (error) => {
      if (!conflict.caught(error))
        showError(t, error, { setFieldError: (field, message) => form.setFieldError(formFieldOf(field), message) });
    },
  });

  const send = (values: Values, version: number | null) => {
    const { input, problems } = toInput(values, t);
    form.setErrors(problems);
    if (input) save.mutate({ input, version });
  };
  const conflict = useSaveConflict({
    form,
    version: existing?.version ?? null,
    toValues: (record) => departureValues(record as unknown as Departure),
    fields: departureConflictFields(t, {
      points: new Map((points.data ?? []).map((p) => [String(p.id), p.name])),
      agents: new Map((agents.data ?? []).map((a) => [String(a.id), a.name])),
    }),
    save: send,
  });
  const submit = (values: Values) => send(values, conflict.version);

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      {conflict.dialog}
      <Stack gap="sm">
        {note && <Alert color="teal">{note}</Alert>}
        <Section title={t('safetynet.form.sections.report')}>
          {points.data?.length === 0 && <Alert color="yellow">{t('safetynet.form.noPoints')}</Alert>}
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <Select
              label={t('safetynet.form.reportingPoint')}
              placeholder={t('safetynet.form.choosePoint')}
              withAsterisk
              searchable
              data={(points.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} (${t(`safetynet.pointKinds.${p.kind}`)})` }))}
              {...form.getInputProps('reportingPointId')}
            />
            <TextInput label={t('safetynet.form.reportedBy')} maxLength={200} {...form.getInputProps('reportedBy')} />
            <DateField label={t('safetynet.form.reportedOn')} withAsterisk {...form.getInputProps('reportedOn')} />
          </SimpleGrid>
        </Section>

        <Section title={t('safetynet.form.sections.person')}>
          <ChildSelect value={v.childId} onPick={(id) => void pickChild(id)} />
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput label={t('safetynet.form.name')} withAsterisk maxLength={200} {...form.getInputProps('name')} />
            <Select
              label={t('safetynet.form.sex')}
              withAsterisk
              data={(['female', 'male', 'other'] as const).map((s) => ({ value: s, label: t(`safetynet.sex.${s}`) }))}
              allowDeselect={false}
              {...form.getInputProps('sex')}
            />
            <Select
              label={t('safetynet.form.birth')}
              withAsterisk
              data={(['dob', 'age', 'unknown'] as const).map((b) => ({ value: b, label: t(`safetynet.form.birthKinds.${b}`) }))}
              allowDeselect={false}
              {...form.getInputProps('birthKind')}
            />
            {v.birthKind === 'dob' && (
              <DateField label={t('safetynet.form.dateOfBirth')} withAsterisk {...form.getInputProps('dateOfBirth')} />
            )}
            {v.birthKind === 'age' && (
              <NumberField label={t('safetynet.form.ageYears')} withAsterisk maxLength={3} {...form.getInputProps('ageYears')} />
            )}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {knowable('guardianName', t('safetynet.form.guardianName'))}
            <TextInput label={t('safetynet.form.guardianRelation')} maxLength={60} {...form.getInputProps('guardianRelation')} />
            {knowable('village', t('safetynet.form.village'))}
            <TextInput label={t('safetynet.form.para')} maxLength={200} {...form.getInputProps('para')} />
            {knowable('gramPanchayat', t('safetynet.form.gramPanchayat'))}
          </SimpleGrid>
        </Section>

        <Section title={t('safetynet.form.sections.leaving')}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <DateField label={t('safetynet.form.leftOn')} withAsterisk {...form.getInputProps('leftOn')} />
            <Select
              label={t('safetynet.form.purpose')}
              withAsterisk
              data={migrationPurposes.map((p) => ({ value: p, label: t(`safetynet.purposes.${p}`) }))}
              allowDeselect={false}
              {...form.getInputProps('purpose')}
            />
            <TextInput label={t('safetynet.form.purposeDetail')} maxLength={300} {...form.getInputProps('purposeDetail')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {knowable('expectedReturnOn', t('safetynet.form.expectedReturnOn'), true)}
            {knowable('migrantPhone', t('safetynet.form.migrantPhone'))}
          </SimpleGrid>
        </Section>

        <Section title={t('safetynet.form.sections.destination')}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput label={t('safetynet.form.state')} withAsterisk maxLength={80} {...form.getInputProps('state')} />
            {knowable('district', t('safetynet.form.district'))}
            {knowable('place', t('safetynet.form.place'))}
          </SimpleGrid>
          {knowable('address', t('safetynet.form.address'))}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {knowable('employer', t('safetynet.form.employer'))}
            {knowable('contactPhone', t('safetynet.form.contactPhone'))}
          </SimpleGrid>
        </Section>

        <Section title={t('safetynet.form.sections.arrangement')}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <Select
              label={t('safetynet.form.arrangedBy')}
              withAsterisk
              data={arrangements.map((a) => ({ value: a, label: t(`safetynet.arrangements.${a}`) }))}
              allowDeselect={false}
              {...form.getInputProps('arrangedBy')}
            />
            <Select
              label={t('safetynet.form.withGuardian')}
              withAsterisk
              data={(['yes', 'no'] as const).map((a) => ({ value: a, label: t(`safetynet.known.${a}`) }))}
              allowDeselect={false}
              {...form.getInputProps('withGuardian')}
            />
          </SimpleGrid>
          {v.arrangedBy === 'agent' && (
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
              <FindSelect
                label={t('safetynet.form.agent')}
                description={t('safetynet.form.agentHint')}
                data={(agents.data ?? []).map((a) => ({ value: String(a.id), label: `${a.name}${a.phones ? ` · ${a.phones}` : ''}` }))}
                {...form.getInputProps('agentId')}
              />
              {!v.agentId && <TextInput label={t('safetynet.form.agentName')} maxLength={200} {...form.getInputProps('agentName')} />}
              {!v.agentId && (
                <TextInput label={t('safetynet.form.agentPhone')} inputMode="tel" maxLength={16} {...form.getInputProps('agentPhone')} />
              )}
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <TextInput label={t('safetynet.form.travelledWith')} maxLength={200} {...form.getInputProps('travelledWith')} />
            <TextInput label={t('safetynet.form.travelledWithRelation')} maxLength={60} {...form.getInputProps('travelledWithRelation')} />
          </SimpleGrid>
        </Section>

        <Section title={t('safetynet.form.sections.family')}>
          <SimpleGrid cols={{ base: 1, md: 5 }} spacing="sm">
            {known('familyKnows', t('safetynet.form.familyKnows'))}
            {known('familyAgreed', t('safetynet.form.familyAgreed'))}
            {known('docAppointmentLetter', t('safetynet.form.docAppointmentLetter'))}
            {known('docId', t('safetynet.form.docId'))}
            {known('docSchoolAdmission', t('safetynet.form.docSchoolAdmission'))}
          </SimpleGrid>
        </Section>

        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(existing ? `/safetynet/${existing.id}` : '/safetynet')}>
            {t('safetynet.form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('safetynet.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function FormTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <PageTitle title={title} intro={t('safetynet.form.intro')} />
    </Stack>
  );
}
