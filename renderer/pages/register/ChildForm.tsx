import { Autocomplete, Button, Grid, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatNumber, parseDate } from '../../format';
import { navigate } from '../../router';
import {
  childFields,
  childInputOf,
  initialChildValues,
  duplicateIdentity,
  needsDuplicateCheck,
  type ChildDetail,
  type ChildFormValues,
  type ChildInput,
} from './childFormValues';
import { DuplicateWarning, type DuplicateCandidate } from './DuplicateWarning';
import { useSaveConflict } from '../../components/SaveConflict';
import { classGrades, classLabel, sexes } from './labels';
import { registerKeys, useChildFilters, useSchoolList } from './queries';
import { NumberField } from '../../components/NumberField';

const relations = ['mother', 'father', 'grandmother', 'grandfather', 'uncle', 'aunt', 'brother', 'sister'] as const;

/**
 * A date of birth that makes the "child" an adult (1990 typed for 2009) is likely a typo: say the age
 * it gives before saving. The register may hold young people up to 25, so it warns, not refuses.
 */
function AdultBirthWarning({ dateOfBirth }: { dateOfBirth: string }) {
  const { t } = useTranslation();
  const iso = parseDate(dateOfBirth);
  if (!iso) return null;
  const today = new Date();
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  const age = today.getFullYear() - y - (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d) ? 1 : 0);
  if (age < 18) return null;
  return (
    <Text size="xs" c="orange" mt={4} role="status" data-testid="adult-birth-warning">
      {t('register.form.adultBirth', { age: formatNumber(age) })}
    </Text>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6} component="section">
      <Text size="xs" fw={700} c="teal" tt="uppercase" style={{ letterSpacing: 0.4 }}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function ChildFormBody({ child, onDone }: { child: ChildDetail | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const schools = useSchoolList();
  const filters = useChildFilters();
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  // After "Save anyway", fixing another field (a phone the server refused) must not ask again.
  const [acceptedAsNew, setAcceptedAsNew] = useState<string | null>(null);
  // Any change answers the duplicate warning: the child the user now describes is checked again.
  const form = useForm<ChildFormValues>({ initialValues: initialChildValues(child), onValuesChange: () => setDuplicates(null) });
  const values = form.values;

  const schoolOptions = useMemo(
    () => (schools.data ?? []).map((s) => ({ value: s.id, label: s.village ? `${s.name} — ${s.village}` : s.name })),
    [schools.data],
  );

  const save = useMutation({
    mutationFn: async ({ input, confirmed, version }: { input: ChildInput; confirmed: boolean; version: number | null }) => {
      if (!confirmed && needsDuplicateCheck(child, input)) {
        const found = await call('children.checkDuplicates', {
          nameEn: input.nameEn,
          nameBn: input.nameBn,
          schoolId: input.schoolId,
          dateOfBirth: input.dateOfBirth,
          ageYears: input.ageYears,
          ...(child ? { excludeId: child.id } : {}),
        });
        if (found.length > 0) return { duplicates: found };
      }
      return {
        saved: child
          ? await call('children.update', { ...input, id: child.id, version: version ?? child.version })
          : await call('children.create', input),
      };
    },
    onSuccess: (outcome) => {
      if (outcome.duplicates) {
        setDuplicates(outcome.duplicates);
        return;
      }
      void queryClient.invalidateQueries({ queryKey: registerKeys.all });
      notifications.show({
        color: 'teal',
        message: t(child ? 'register.form.updated' : 'register.form.created', { code: outcome.saved.childCode }),
      });
      onDone();
    },
    onError: (error) => {
      if (!conflict.caught(error)) showError(t, error, form, childFields);
    },
  });
  const schoolNames = new Map((schools.data ?? []).map((s) => [s.id, s.name]));
  const conflict = useSaveConflict({
    form,
    version: child?.version ?? null,
    toValues: (record) => initialChildValues(record as unknown as ChildDetail),
    fields: {
      nameEn: { label: t('register.form.nameEn') },
      nameBn: { label: t('register.form.nameBn') },
      sex: { label: t('register.form.sex'), text: (sex) => (sex ? t(`register.sex.${sex}`) : '') },
      birthKnown: {
        label: t('register.form.birthKnown'),
        text: (b) => t(b === 'dob' ? 'register.form.birthDob' : 'register.form.birthAge'),
      },
      dateOfBirth: { label: t('register.form.dateOfBirth') },
      ageYears: { label: t('register.form.ageYears') },
      guardianName: { label: t('register.form.guardianName') },
      guardianRelation: { label: t('register.form.guardianRelation') },
      phone: { label: t('register.form.phone') },
      village: { label: t('register.form.village') },
      gramPanchayat: { label: t('register.form.gramPanchayat') },
      schoolId: { label: t('register.form.school'), text: (id) => (id === null ? '' : (schoolNames.get(id) ?? String(id))) },
      classGrade: { label: t('register.form.classGrade'), text: (grade) => classLabel(t, grade) },
      section: { label: t('register.form.section') },
      roll: { label: t('register.form.roll') },
    },
    save: (merged, version) => {
      const { input, errors } = childInputOf(t, merged);
      form.setErrors(errors ?? {});
      if (input) save.mutate({ input, confirmed: true, version });
    },
  });

  const suggest = (field: 'guardianRelation' | 'village' | 'gramPanchayat', data: readonly string[]) => ({
    ...form.getInputProps(field),
    data: [...data],
    limit: 12,
  });

  const submit = (saveAnyway: boolean) => {
    const { input, errors } = childInputOf(t, values);
    form.setErrors(errors ?? {});
    if (!input) return;
    const identity = duplicateIdentity(input);
    if (saveAnyway) setAcceptedAsNew(identity);
    save.mutate({ input, confirmed: saveAnyway || acceptedAsNew === identity, version: conflict.version });
  };
  return (
    <form onSubmit={form.onSubmit(() => submit(false))} noValidate>
      {conflict.dialog}
      <Stack gap="md">
        <Section title={t('register.form.sectionChild')}>
          <Grid gap="sm">
            <Grid.Col span={6}>
              <TextInput label={t('register.form.nameEn')} data-autofocus {...form.getInputProps('nameEn')} />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                label={t('register.form.nameBn')}
                lang="bn"
                placeholder={t('register.form.nameBnPlaceholder')}
                {...form.getInputProps('nameBn')}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <Radio.Group label={t('register.form.sex')} withAsterisk {...form.getInputProps('sex')}>
                <Group gap="md" mt={8}>
                  {sexes.map((s) => (
                    <Radio key={s} value={s} label={t(`register.sex.${s}`)} />
                  ))}
                </Group>
              </Radio.Group>
            </Grid.Col>
            <Grid.Col span={5}>
              <Radio.Group label={t('register.form.birthKnown')} {...form.getInputProps('birthKnown')}>
                <Group gap="md" mt={8}>
                  <Radio value="dob" label={t('register.form.birthDob')} />
                  <Radio value="age" label={t('register.form.birthAge')} />
                </Group>
              </Radio.Group>
            </Grid.Col>
            <Grid.Col span={3}>
              {values.birthKnown === 'dob' ? (
                <>
                  <TextInput
                    label={t('register.form.dateOfBirth')}
                    withAsterisk
                    description={t('register.form.dateHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    placeholder="DD/MM/YYYY"
                    inputMode="numeric"
                    {...form.getInputProps('dateOfBirth')}
                  />
                  <AdultBirthWarning dateOfBirth={values.dateOfBirth} />
                </>
              ) : (
                <NumberField
                  label={t('register.form.ageYears')}
                  withAsterisk
                  description={t('register.form.ageHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  {...form.getInputProps('ageYears')}
                />
              )}
            </Grid.Col>
          </Grid>
        </Section>

        <Section title={t('register.form.sectionSchool')}>
          <Grid gap="sm">
            <Grid.Col span={6}>
              <Select<number>
                label={t('register.form.school')}
                placeholder={t('register.form.schoolPlaceholder')}
                searchable
                clearable
                nothingFoundMessage={t('register.form.noSchool')}
                data={schoolOptions}
                {...form.getInputProps('schoolId')}
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <Select<number>
                label={t('register.form.classGrade')}
                placeholder={t('register.form.classPlaceholder')}
                clearable
                data={classGrades.map((g) => ({ value: g, label: classLabel(t, g) }))}
                {...form.getInputProps('classGrade')}
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <TextInput label={t('register.form.section')} maxLength={10} {...form.getInputProps('section')} />
            </Grid.Col>
            <Grid.Col span={2}>
              <TextInput label={t('register.form.roll')} maxLength={10} {...form.getInputProps('roll')} />
            </Grid.Col>
          </Grid>
        </Section>

        <Section title={t('register.form.sectionFamily')}>
          <Grid gap="sm">
            <Grid.Col span={5}>
              <TextInput label={t('register.form.guardianName')} {...form.getInputProps('guardianName')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <Autocomplete
                label={t('register.form.guardianRelation')}
                maxLength={50}
                {...suggest(
                  'guardianRelation',
                  relations.map((r) => t(`register.form.relations.${r}`)),
                )}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput
                label={t('register.form.phone')}
                type="tel"
                placeholder={t('register.form.phoneHint')}
                {...form.getInputProps('phone')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <Autocomplete label={t('register.form.village')} {...suggest('village', filters.data?.villages ?? [])} />
            </Grid.Col>
            <Grid.Col span={6}>
              <Autocomplete label={t('register.form.gramPanchayat')} {...suggest('gramPanchayat', filters.data?.gramPanchayats ?? [])} />
            </Grid.Col>
          </Grid>
        </Section>

        {duplicates && (
          <DuplicateWarning
            candidates={duplicates}
            onOpen={(id) => {
              onDone();
              navigate(`/children/${id}`);
            }}
          />
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          {duplicates ? (
            <Button color="orange" loading={save.isPending} onClick={() => submit(true)}>
              {t('register.duplicates.saveAnyway')}
            </Button>
          ) : (
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Adds a child (child = null) or edits one; shared by the register and the child's page. */
export function ChildFormModal({ opened, child, onClose }: { opened: boolean; child: ChildDetail | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={child ? t('register.form.editTitle', { code: child.childCode }) : t('register.form.addTitle')}
      closeOnClickOutside={false}
    >
      <ChildFormBody child={child} onDone={onClose} />
    </Modal>
  );
}
