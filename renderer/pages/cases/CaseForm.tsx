import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { BackLink } from '../../components/Link';
import { PageLoader } from '../../components/PageLoader';
import { navigate } from '../../router';
import type { Me } from '../../session';
import { useCaseSuggestion, type CaseSuggestion } from '../attendance/caseSuggestion';
import { useDepartureCaseSuggestion } from '../safetynet/caseSuggestion';
import { safetynetKeys } from '../safetynet/queries';
import { registerKeys } from '../register/queries';
import { CaseSection, ChildrenSection, FirstActionSection, ReportSection, RiskSection } from './CaseFormSections';
import { caseFormFields, caseInput, firstActionInput, initialCaseValues, type CaseFormValues } from './caseFormValues';
import type { PickedChild } from './ChildPicker';
import type { CaseFile, CaseType } from './labels';
import { casesKeys, useCaseWorkers } from './queries';
import { useSaveConflict } from '../../components/SaveConflict';
import { caseConflictFields } from './caseConflictFields';

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
  const form = useForm({ initialValues: initialCaseValues(me, file, child, suggestion) });
  const workers = useCaseWorkers();

  // The workers the user may choose from, and whoever is on the case already (even if no longer active).
  const workerOptions = new Map<number, string>(
    (workers.data ?? [{ id: me.userId, fullName: me.fullName }]).map((w) => [w.id, w.fullName]),
  );
  for (const w of file?.workers ?? []) if (!workerOptions.has(w.id)) workerOptions.set(w.id, w.fullName);

  const save = useMutation({
    mutationFn: async ({ values, version }: { values: CaseFormValues; version: number | null }) => {
      const firstAction = firstActionInput(values);
      return file
        ? call('cases.update', { ...caseInput(values), id: file.id, version: version ?? file.version })
        : call('cases.create', {
            ...caseInput(values),
            ...(firstAction ? { firstAction } : {}),
            ...(suggestion?.departureId ? { departureId: suggestion.departureId } : {}),
          });
    },
    onSuccess: async (saved) => {
      notifications.show({
        color: 'teal',
        message: t(file ? 'cases.form.updated' : 'cases.form.created', { caseNumber: saved.caseNumber }),
      });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
      // A case from a departure: the departure now shows its case.
      if (suggestion?.departureId) await queryClient.invalidateQueries({ queryKey: safetynetKeys.all });
      navigate(`/cases/${saved.id}`);
    },
    onError: (error) => {
      if (!conflict.caught(error)) showError(t, error, form, caseFormFields);
    },
  });
  const conflict = useSaveConflict({
    form,
    version: file?.version ?? null,
    toValues: (record) => initialCaseValues(me, record as unknown as CaseFile, null, null),
    fields: caseConflictFields(t, workerOptions),
    save: (values, version) => save.mutate({ values, version }),
  });

  const cancel = () => navigate(file ? `/cases/${file.id}` : child ? `/children/${child.id}` : '/cases');

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate({ values, version: conflict.version }))} noValidate>
      {conflict.dialog}
      <Paper withBorder p="md">
        <Stack gap="lg">
          <ReportSection form={form} />
          <ChildrenSection form={form} me={me} />
          <CaseSection form={form} editing={file !== null} />
          <RiskSection form={form} workerOptions={workerOptions} />
          {!file && <FirstActionSection form={form} />}
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

/** Opening a case (optionally for a child of the register) or changing one. */
/** `suggestedType` comes from a home visit on the worklist (#/cases/new/child/12/type/child_marriage): the form starts from what was found. */
export function CaseFormPage({
  me,
  caseId,
  childId,
  suggestedType,
  departureId,
}: {
  me: Me;
  caseId?: number;
  childId?: number;
  suggestedType?: CaseType;
  /** #/cases/new/child/12/type/trafficking_suspected/departure/5: a case from a SafetyNet departure. */
  departureId?: number;
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
  const visitSuggestion = useCaseSuggestion(childId, departureId === undefined ? suggestedType : undefined);
  const departureSuggestion = useDepartureCaseSuggestion(departureId, suggestedType);
  const suggestion = departureId === undefined ? visitSuggestion : departureSuggestion;
  const pending = (caseId !== undefined && existing.isPending) || (childId !== undefined && child.isPending) || suggestion.loading;
  const failed = existing.error ?? child.error;
  const file = caseId !== undefined ? (existing.data ?? null) : null;

  return (
    <Stack gap="sm" maw={1000}>
      {file ? (
        <BackLink to={`/cases/${file.id}`} label={t('cases.page.backToCase')} />
      ) : childId !== undefined ? (
        <BackLink to={`/children/${childId}`} label={t('cases.page.backToChild')} />
      ) : (
        <BackLink to="/cases" label={t('cases.page.back')} />
      )}
      <Title order={1} size="h2">
        {file ? t('cases.form.editTitle', { caseNumber: file.caseNumber }) : t('cases.form.newTitle')}
      </Title>
      {!file && (
        <Text size="sm" c="dimmed">
          {t('cases.form.intro')}
        </Text>
      )}
      {failed ? (
        <Alert color="red">{errorText(t, failed)}</Alert>
      ) : pending ? (
        <PageLoader />
      ) : (
        <CaseFormBody key={file?.id ?? 'new'} me={me} file={file} child={child.data ?? null} suggestion={suggestion.value} />
      )}
    </Stack>
  );
}
