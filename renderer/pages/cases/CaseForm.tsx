import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Center,
  Checkbox,
  Grid,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { formatDate } from '../../format';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { registerKeys, useChildFilters } from '../register/queries';
import { useFieldErrors } from '../register/useFieldErrors';
import { ChildPicker, type PickedChild } from './ChildPicker';
import { caseTypes, isOneOf, reporterKinds, riskLevels, type CaseFile, type CaseType, type ReporterKind, type RiskLevel } from './labels';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { SectionTitle } from '../../components/SectionTitle';
import { casesKeys, useCaseWorkers } from './queries';
import { useCaseSuggestion, type CaseSuggestion } from '../attendance/caseSuggestion';

type CaseInput = Omit<ApiInput<'cases.create'>, 'firstAction'>;

const fields = [
  'types',
  'childIds',
  'reporterKind',
  'reporterName',
  'reportedOn',
  'village',
  'gramPanchayat',
  'riskLevel',
  'riskReason',
  'workerIds',
  'plannedMarriageOn',
  'summary',
  'firstAction.description',
  'firstAction.dueOn',
] as const;
type Field = (typeof fields)[number];

interface Values {
  types: CaseType[];
  children: PickedChild[];
  reporterKind: ReporterKind | null;
  reporterName: string;
  reportedOn: string;
  village: string;
  gramPanchayat: string;
  riskLevel: RiskLevel | null;
  riskReason: string;
  workerIds: number[];
  plannedMarriageOn: string;
  summary: string;
  actionDescription: string;
  actionDueOn: string;
}

function initialValues(me: Me, file: CaseFile | null, child: PickedChild | null, suggestion: CaseSuggestion | null): Values {
  if (file) {
    return {
      types: [...file.types],
      children: file.children,
      reporterKind: file.reporterKind,
      reporterName: file.reporterName ?? '',
      reportedOn: formatDate(file.reportedOn),
      village: file.village ?? '',
      gramPanchayat: file.gramPanchayat ?? '',
      riskLevel: file.riskLevel,
      riskReason: file.riskReason,
      workerIds: file.workers.map((w) => w.id),
      plannedMarriageOn: formatDate(file.plannedMarriageOn),
      summary: file.summary,
      actionDescription: '',
      actionDueOn: '',
    };
  }
  return {
    types: suggestion ? [suggestion.type] : [],
    children: child ? [child] : [],
    reporterKind: suggestion?.volunteerName ? 'volunteer' : null,
    reporterName: suggestion?.volunteerName ?? '',
    reportedOn: todayText(),
    village: child?.village ?? '',
    gramPanchayat: child?.gramPanchayat ?? '',
    riskLevel: null,
    riskReason: '',
    workerIds: [me.userId],
    plannedMarriageOn: '',
    summary: suggestion?.summary ?? '',
    actionDescription: '',
    actionDueOn: '',
  };
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <SectionTitle>{title}</SectionTitle>
      {children}
    </Stack>
  );
}

function CaseFormBody({
  me,
  file,
  child,
  suggestion,
}: {
  me: Me;
  file: CaseFile | null;
  child: PickedChild | null;
  suggestion: CaseSuggestion | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => initialValues(me, file, child, suggestion));
  const form = useFieldErrors<Field>();
  const workers = useCaseWorkers();
  const places = useChildFilters();

  const set = <K extends keyof Values>(key: K, value: Values[K], field?: Field) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (field) form.clearFieldError(field);
  };
  const text = (
    key: 'reporterName' | 'reportedOn' | 'riskReason' | 'plannedMarriageOn' | 'actionDescription' | 'actionDueOn',
    field: Field,
  ) => ({
    value: values[key],
    error: form.errors[field],
    onChange: (e: { currentTarget: HTMLInputElement }) => set(key, e.currentTarget.value, field),
  });
  const place = (key: 'village' | 'gramPanchayat', data: readonly string[]) => ({
    value: values[key],
    error: form.errors[key],
    onChange: (v: string) => set(key, v, key),
    data: [...data],
    limit: 12,
  });

  // The workers the user may choose from, and whoever is on the case already (even if no longer active).
  const workerOptions = new Map<number, string>(
    (workers.data ?? [{ id: me.userId, fullName: me.fullName }]).map((w) => [w.id, w.fullName]),
  );
  for (const w of file?.workers ?? []) if (!workerOptions.has(w.id)) workerOptions.set(w.id, w.fullName);

  const save = useMutation({
    mutationFn: async (input: { base: CaseInput; firstAction?: { description: string; dueOn: string } }) =>
      file
        ? call('cases.update', { ...input.base, id: file.id })
        : call('cases.create', { ...input.base, ...(input.firstAction ? { firstAction: input.firstAction } : {}) }),
    onSuccess: async (saved) => {
      notifications.show({
        color: 'teal',
        message: t(file ? 'cases.form.updated' : 'cases.form.created', { caseNumber: saved.caseNumber }),
      });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      navigate(`/cases/${saved.id}`);
    },
    onError: (error) => showError(t, error, form, fields),
  });

  const marriage = values.types.includes('child_marriage');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const problems: Partial<Record<Field, string>> = {};
    const required = t('errors.required');
    if (values.types.length === 0) problems.types = t('errors.caseType');
    if (values.children.length === 0) problems.childIds = t('errors.caseChild');
    if (!values.reporterKind) problems.reporterKind = t('errors.reporterKind');
    const reportedOn = parseDay(values.reportedOn);
    if (!reportedOn) problems.reportedOn = values.reportedOn.trim() ? t('errors.date') : required;
    if (!values.summary.trim()) problems.summary = required;
    if (!values.riskLevel) problems.riskLevel = t('errors.riskLevel');
    if (!values.riskReason.trim()) problems.riskReason = required;
    const planned = marriage && values.plannedMarriageOn.trim() ? parseDay(values.plannedMarriageOn) : null;
    if (marriage && values.plannedMarriageOn.trim() && !planned) problems.plannedMarriageOn = t('errors.date');
    const wantsAction = !file && (values.actionDescription.trim() !== '' || values.actionDueOn.trim() !== '');
    const dueOn = wantsAction ? parseDay(values.actionDueOn) : null;
    if (wantsAction && !values.actionDescription.trim()) problems['firstAction.description'] = required;
    if (wantsAction && !dueOn) problems['firstAction.dueOn'] = values.actionDueOn.trim() ? t('errors.date') : required;
    const found = Object.entries(problems);
    if (found.length || !reportedOn || !values.reporterKind || !values.riskLevel) {
      for (const [field, message] of found) form.setFieldError(field, message);
      return;
    }
    save.mutate({
      base: {
        types: values.types,
        childIds: values.children.map((c) => c.id),
        reporterKind: values.reporterKind,
        reporterName: values.reporterName,
        reportedOn,
        summary: values.summary,
        village: values.village,
        gramPanchayat: values.gramPanchayat,
        riskLevel: values.riskLevel,
        riskReason: values.riskReason,
        workerIds: values.workerIds,
        plannedMarriageOn: planned,
      },
      ...(wantsAction && dueOn ? { firstAction: { description: values.actionDescription, dueOn } } : {}),
    });
  };

  const cancel = () => navigate(file ? `/cases/${file.id}` : child ? `/children/${child.id}` : '/cases');

  return (
    <form onSubmit={submit} noValidate>
      <Paper withBorder p="md">
        <Stack gap="lg">
          <FormSection title={t('cases.form.sectionReport')}>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select
                  label={t('cases.form.reporterKind')}
                  placeholder={t('cases.form.choose')}
                  withAsterisk
                  data={reporterKinds.map((k) => ({ value: k, label: t(`cases.reporterKinds.${k}`) }))}
                  value={values.reporterKind}
                  error={form.errors.reporterKind}
                  onChange={(v) => set('reporterKind', isOneOf(reporterKinds, v) ? v : null, 'reporterKind')}
                  allowDeselect={false}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <TextInput
                  label={t('cases.form.reporterName')}
                  placeholder={t('cases.form.reporterNameHint')}
                  {...text('reporterName', 'reporterName')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <DateField label={t('cases.form.reportedOn')} withAsterisk {...text('reportedOn', 'reportedOn')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Autocomplete label={t('cases.form.village')} {...place('village', places.data?.villages ?? [])} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Autocomplete label={t('cases.form.gramPanchayat')} {...place('gramPanchayat', places.data?.gramPanchayats ?? [])} />
              </Grid.Col>
            </Grid>
          </FormSection>

          <FormSection title={t('cases.form.sectionChildren')}>
            <ChildPicker
              picked={values.children}
              canAddToRegister={can(me, 'register.write')}
              error={form.errors.childIds}
              onAdd={(c) => {
                setValues((v) => ({
                  ...v,
                  children: v.children.some((p) => p.id === c.id) ? v.children : [...v.children, c],
                  // The first child's place is usually where it happened.
                  village: v.village || c.village || '',
                  gramPanchayat: v.gramPanchayat || c.gramPanchayat || '',
                }));
                form.clearFieldError('childIds');
              }}
              onRemove={(id) =>
                set(
                  'children',
                  values.children.filter((c) => c.id !== id),
                  'childIds',
                )
              }
            />
          </FormSection>

          <FormSection title={t('cases.form.sectionCase')}>
            <Checkbox.Group
              label={t('cases.form.types')}
              withAsterisk
              value={values.types}
              error={form.errors.types}
              onChange={(v) =>
                set(
                  'types',
                  v.filter((x) => isOneOf(caseTypes, x)),
                  'types',
                )
              }
            >
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" verticalSpacing={8} mt={6}>
                {caseTypes.map((type) => (
                  <Checkbox key={type} value={type} label={t(`cases.types.${type}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            {marriage && (
              <DateField
                label={t('cases.form.plannedMarriageOn')}
                description={t('cases.form.plannedMarriageHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                w={320}
                mt="xs"
                {...text('plannedMarriageOn', 'plannedMarriageOn')}
              />
            )}
            <Textarea
              label={t('cases.form.summary')}
              description={file ? t('cases.form.summaryHintEdit') : t('cases.form.summaryHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              withAsterisk
              autosize
              minRows={3}
              maxRows={10}
              maxLength={4000}
              mt="xs"
              value={values.summary}
              error={form.errors.summary}
              onChange={(e) => set('summary', e.currentTarget.value, 'summary')}
            />
          </FormSection>

          <FormSection title={t('cases.form.sectionRisk')}>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <Select
                  label={t('cases.form.riskLevel')}
                  placeholder={t('cases.form.choose')}
                  withAsterisk
                  data={riskLevels.map((r) => ({ value: r, label: t(`cases.riskLevels.${r}`) }))}
                  value={values.riskLevel}
                  error={form.errors.riskLevel}
                  onChange={(v) => set('riskLevel', isOneOf(riskLevels, v) ? v : null, 'riskLevel')}
                  allowDeselect={false}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 9 }}>
                <TextInput
                  label={t('cases.form.riskReason')}
                  placeholder={t('cases.form.riskReasonHint')}
                  withAsterisk
                  maxLength={300}
                  {...text('riskReason', 'riskReason')}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <MultiSelect<number>
                  label={t('cases.form.workers')}
                  description={t('cases.form.workersHint')}
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  data={[...workerOptions].map(([id, name]) => ({ value: id, label: name }))}
                  value={values.workerIds}
                  error={form.errors.workerIds}
                  onChange={(v) => set('workerIds', v, 'workerIds')}
                  searchable
                />
              </Grid.Col>
            </Grid>
          </FormSection>

          {!file && (
            <FormSection title={t('cases.form.sectionAction')}>
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 9 }}>
                  <TextInput
                    label={t('cases.form.actionDescription')}
                    placeholder={t('cases.form.actionHint')}
                    maxLength={300}
                    {...text('actionDescription', 'firstAction.description')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <DateField label={t('cases.form.actionDueOn')} {...text('actionDueOn', 'firstAction.dueOn')} />
                </Grid.Col>
              </Grid>
            </FormSection>
          )}

          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {file ? t('cases.form.saveChanges') : t('cases.form.openCase')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

function BackTo({ path, label }: { path: string; label: string }) {
  return (
    <Anchor
      href={href(path)}
      size="sm"
      onClick={(e) => {
        e.preventDefault();
        navigate(path);
      }}
    >
      ← {label}
    </Anchor>
  );
}

/** Opening a case (optionally for a child of the register) or changing one. */
/** `suggestedType` comes from a home visit on the worklist (#/cases/new/child/12/type/child_marriage): the form starts from what was found. */
export function CaseFormPage({
  me,
  caseId,
  childId,
  suggestedType,
}: {
  me: Me;
  caseId?: number;
  childId?: number;
  suggestedType?: CaseType;
}) {
  const { t } = useTranslation();
  const existing = useQuery({
    queryKey: casesKeys.detail(caseId ?? 0),
    queryFn: () => call('cases.get', { id: caseId ?? 0 }),
    enabled: caseId !== undefined,
    staleTime: 60_000,
  });
  const child = useQuery({
    queryKey: registerKeys.child(childId ?? 0),
    queryFn: () => call('children.get', { id: childId ?? 0 }),
    enabled: childId !== undefined,
  });
  const suggestion = useCaseSuggestion(childId, suggestedType);
  const pending = (caseId !== undefined && existing.isPending) || (childId !== undefined && child.isPending) || suggestion.loading;
  const failed = existing.error ?? child.error;
  const file = caseId !== undefined ? (existing.data ?? null) : null;

  return (
    <Stack gap="sm" maw={1000}>
      {file ? (
        <BackTo path={`/cases/${file.id}`} label={t('cases.page.backToCase')} />
      ) : childId !== undefined ? (
        <BackTo path={`/children/${childId}`} label={t('cases.page.backToChild')} />
      ) : (
        <BackTo path="/cases" label={t('cases.page.back')} />
      )}
      <Title order={2}>{file ? t('cases.form.editTitle', { caseNumber: file.caseNumber }) : t('cases.form.newTitle')}</Title>
      {!file && (
        <Text size="sm" c="dimmed">
          {t('cases.form.intro')}
        </Text>
      )}
      {failed ? (
        <Alert color="red">{errorText(t, failed)}</Alert>
      ) : pending ? (
        <Center p="xl">
          <Loader />
        </Center>
      ) : (
        <CaseFormBody key={file?.id ?? 'new'} me={me} file={file} child={child.data ?? null} suggestion={suggestion.value} />
      )}
    </Stack>
  );
}
