import { Autocomplete, Checkbox, Grid, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { NoteField } from '../../components/NoteField';
import { SectionTitle } from '../../components/SectionTitle';
import { can, type Me } from '../../session';
import { useChildFilters } from '../register/queries';
import type { CaseFormValues } from './caseFormValues';
import { ChildPicker } from './ChildPicker';
import { caseTypes, isOneOf, reporterKinds, riskLevels } from './labels';

type CaseForm = UseFormReturnType<CaseFormValues>;

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <SectionTitle>{title}</SectionTitle>
      {children}
    </Stack>
  );
}

/** Who reported what, when, and where it happened. */
export function ReportSection({ form }: { form: CaseForm }) {
  const { t } = useTranslation();
  const places = useChildFilters();
  return (
    <FormSection title={t('cases.form.sectionReport')}>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('cases.form.reporterKind')}
            placeholder={t('cases.form.choose')}
            withAsterisk
            data={reporterKinds.map((k) => ({ value: k, label: t(`cases.reporterKinds.${k}`) }))}
            allowDeselect={false}
            {...form.getInputProps('reporterKind')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            label={t('cases.form.reporterName')}
            placeholder={t('cases.form.reporterNameHint')}
            {...form.getInputProps('reporterName')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <DateField label={t('cases.form.reportedOn')} withAsterisk {...form.getInputProps('reportedOn')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Autocomplete label={t('cases.form.village')} data={places.data?.villages ?? []} limit={12} {...form.getInputProps('village')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Autocomplete
            label={t('cases.form.gramPanchayat')}
            data={places.data?.gramPanchayats ?? []}
            limit={12}
            {...form.getInputProps('gramPanchayat')}
          />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}

/** The children of the case, from the register; the first one's place is usually where it happened. */
export function ChildrenSection({ form, me }: { form: CaseForm; me: Me }) {
  const { t } = useTranslation();
  const { children, village, gramPanchayat } = form.values;
  return (
    <FormSection title={t('cases.form.sectionChildren')}>
      <ChildPicker
        picked={children}
        canAddToRegister={can(me, 'register.write')}
        error={form.errors.childIds}
        onAdd={(c) => {
          if (!children.some((p) => p.id === c.id)) form.setFieldValue('children', [...children, c]);
          if (!village) form.setFieldValue('village', c.village ?? '');
          if (!gramPanchayat) form.setFieldValue('gramPanchayat', c.gramPanchayat ?? '');
          form.clearFieldError('childIds');
        }}
        onRemove={(id) => {
          form.setFieldValue(
            'children',
            children.filter((c) => c.id !== id),
          );
          form.clearFieldError('childIds');
        }}
      />
    </FormSection>
  );
}

/** What kind of case, what was reported, and for a child marriage the planned date. */
export function CaseSection({ form, editing }: { form: CaseForm; editing: boolean }) {
  const { t } = useTranslation();
  const types = form.getInputProps('types');
  return (
    <FormSection title={t('cases.form.sectionCase')}>
      <Checkbox.Group
        label={t('cases.form.types')}
        withAsterisk
        {...types}
        onChange={(v) =>
          form.setFieldValue(
            'types',
            v.filter((x) => isOneOf(caseTypes, x)),
          )
        }
      >
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" verticalSpacing={8} mt={6}>
          {caseTypes.map((type) => (
            <Checkbox key={type} value={type} label={t(`cases.types.${type}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {form.values.types.includes('child_marriage') && (
        <DateField
          label={t('cases.form.plannedMarriageOn')}
          description={t('cases.form.plannedMarriageHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          w={320}
          mt="xs"
          {...form.getInputProps('plannedMarriageOn')}
        />
      )}
      <NoteField
        label={t('cases.form.summary')}
        description={editing ? t('cases.form.summaryHintEdit') : t('cases.form.summaryHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        required
        minRows={3}
        maxRows={10}
        maxLength={4000}
        mt="xs"
        {...form.getInputProps('summary')}
      />
    </FormSection>
  );
}

/** How serious it is and why, and who works on it. */
export function RiskSection({ form, workerOptions }: { form: CaseForm; workerOptions: Map<number, string> }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('cases.form.sectionRisk')}>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Select
            label={t('cases.form.riskLevel')}
            placeholder={t('cases.form.choose')}
            withAsterisk
            data={riskLevels.map((r) => ({ value: r, label: t(`cases.riskLevels.${r}`) }))}
            allowDeselect={false}
            {...form.getInputProps('riskLevel')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 9 }}>
          <TextInput
            label={t('cases.form.riskReason')}
            placeholder={t('cases.form.riskReasonHint')}
            withAsterisk
            maxLength={300}
            {...form.getInputProps('riskReason')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect<number>
            label={t('cases.form.workers')}
            description={t('cases.form.workersHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={[...workerOptions].map(([id, name]) => ({ value: id, label: name }))}
            searchable
            {...form.getInputProps('workerIds')}
          />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}

/** The first thing to do on a new case, and by when. */
export function FirstActionSection({ form }: { form: CaseForm }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('cases.form.sectionAction')}>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 9 }}>
          <TextInput
            label={t('cases.form.actionDescription')}
            placeholder={t('cases.form.actionHint')}
            maxLength={300}
            {...form.getInputProps('firstAction.description')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <DateField label={t('cases.form.actionDueOn')} {...form.getInputProps('firstAction.dueOn')} />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}
