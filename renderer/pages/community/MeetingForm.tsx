import { Alert, Anchor, Button, Checkbox, Group, Loader, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { href, navigate } from '../../router';
import type { Me } from '../../session';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { SectionTitle } from '../../components/SectionTitle';
import { useFieldErrors } from '../register/useFieldErrors';
import { readBase64 } from './fileBase64';
import { IssuesInput, PointsInput, type IssueDraft, type PointDraft } from './MeetingIssuesInput';
import { PeopleMultiSelect, personRefOf } from './PeopleSelect';
import { communityKeys, useCommittee, type CommitteePageData } from './queries';

function MeetingFormBody({ me, data }: { me: Me; data: CommitteePageData }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFieldErrors<string>();
  const [heldOn, setHeldOn] = useState(todayText());
  const [place, setPlace] = useState('');
  const [present, setPresent] = useState<number[]>([]);
  const [others, setOthers] = useState<string[]>([]);
  const [issues, setIssues] = useState<IssueDraft[]>([]);
  const [decisions, setDecisions] = useState('');
  const [points, setPoints] = useState<PointDraft[]>([]);
  const [sheet, setSheet] = useState<File | null>(null);
  const day = parseDay(heldOn);
  // The roll on the meeting's day: who had joined and not yet left.
  const onRoll = data.members.filter((m) => day !== null && m.joinedOn <= day && (m.leftOn === null || m.leftOn > day));
  const ticked = present.filter((id) => onRoll.some((m) => m.id === id));

  const save = useMutation({
    mutationFn: async (input: ApiInput<'meetings.create'>) =>
      call(
        'meetings.create',
        sheet ? { ...input, attendanceSheet: { fileName: sheet.name, contentBase64: await readBase64(sheet) } } : input,
      ),
    onSuccess: async (meeting) => {
      notifications.show({ color: 'teal', message: t('community.meetingForm.saved') });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
      navigate(`/community/meetings/${meeting.id}`);
    },
    onError: (error) => showError(t, error, form),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    let ok = true;
    const fail = (field: string, text: string) => {
      form.setFieldError(field, text);
      ok = false;
    };
    if (!day) fail('heldOn', t('errors.date'));
    if (!place.trim()) fail('place', t('errors.required'));
    issues.forEach((issue, i) => {
      if (!issue.text.trim()) fail(`issues.${i}.text`, t('errors.required'));
    });
    const actionPoints = points.map((p, i) => {
      if (!p.what.trim()) fail(`actionPoints.${i}.what`, t('errors.required'));
      if (!p.who.trim()) fail(`actionPoints.${i}.who`, t('errors.required'));
      const dueOn = parseDay(p.dueOn);
      if (!dueOn) fail(`actionPoints.${i}.dueOn`, t('errors.date'));
      return { what: p.what.trim(), who: p.who.trim(), dueOn: dueOn ?? '' };
    });
    if (!ok || !day) return;
    save.mutate({
      committeeId: data.committee.id,
      heldOn: day,
      place: place.trim(),
      memberIds: ticked,
      others: others.map(personRefOf),
      issues: issues.map((issue) => ({
        text: issue.text.trim(),
        childCodes: issue.childCodes,
        caseNumber: issue.caseNumber,
        departureId: issue.departureId ? Number(issue.departureId) : null,
      })),
      decisions,
      actionPoints,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={980}>
        <SimpleGrid cols={2}>
          <DateField
            label={t('community.meetingForm.heldOn')}
            withAsterisk
            value={heldOn}
            error={form.errors.heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
          />
          <TextInput
            label={t('community.meetingForm.place')}
            withAsterisk
            value={place}
            error={form.errors.place}
            onChange={(e) => setPlace(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Paper withBorder p="sm">
          <SectionTitle>
            {t('community.meetingForm.membersPresent', { present: formatNumber(ticked.length), onRoll: formatNumber(onRoll.length) })}
          </SectionTitle>
          <Checkbox.Group value={ticked.map(String)} onChange={(v) => setPresent(v.map(Number))} error={form.errors.memberIds}>
            <SimpleGrid cols={3} spacing={6}>
              {onRoll.map((m) => (
                <Checkbox key={m.id} value={String(m.id)} label={`${m.childCode ?? m.name} (${t(`community.roles.${m.role}`)})`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {onRoll.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('community.meetingForm.noMembersThen')}
            </Text>
          )}
        </Paper>
        <PeopleMultiSelect
          me={me}
          label={t('community.meetingForm.others')}
          value={others}
          onChange={setOthers}
          error={form.errors.others}
        />
        <div>
          <SectionTitle>{t('community.meetingForm.issues')}</SectionTitle>
          <IssuesInput issues={issues} onChange={setIssues} errors={form.errors} />
        </div>
        <Textarea
          label={t('community.meetingForm.decisions')}
          autosize
          minRows={3}
          value={decisions}
          error={form.errors.decisions}
          onChange={(e) => setDecisions(e.currentTarget.value)}
        />
        <div>
          <SectionTitle>{t('community.meetingForm.actionPoints')}</SectionTitle>
          <PointsInput points={points} onChange={setPoints} errors={form.errors} />
        </div>
        <div>
          <Text component="label" htmlFor="attendance-sheet" size="sm" fw={500}>
            {t('community.meetingForm.sheet')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('community.meetingForm.sheetHint')}
          </Text>
          <input
            id="attendance-sheet"
            type="file"
            accept="image/jpeg,image/png,application/pdf"
            onChange={(e) => setSheet(e.currentTarget.files?.[0] ?? null)}
          />
          {form.errors.attendanceSheet && (
            <Text size="xs" c="red">
              {form.errors.attendanceSheet}
            </Text>
          )}
        </div>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('community.meetingForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Recording a meeting: who came (members ticked, others added), the issues, the resolutions, the action points. */
export function MeetingFormPage({ me, committeeId }: { me: Me; committeeId: number }) {
  const { t } = useTranslation();
  const page = useCommittee(committeeId);
  if (page.isPending) return <Loader />;
  if (page.isError) return <Alert color="red">{errorText(t, page.error)}</Alert>;
  return (
    <Stack gap="sm">
      <div>
        <Anchor href={href(`/community/committees/${committeeId}`)} size="sm">
          {page.data.committee.name}
        </Anchor>
        <Title order={1} size="h2">
          {t('community.meetingForm.title')}
        </Title>
      </div>
      <MeetingFormBody me={me} data={page.data} />
    </Stack>
  );
}
