import { useForm } from '@mantine/form';
import { Alert, Anchor, Button, Checkbox, Group, Loader, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText, showError } from '../../components/errors';
import { formatNumber } from '../../format';
import { href, navigate } from '../../router';
import type { Me } from '../../session';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { dayOf, filled, readableDay } from '../../components/forms';
import { SectionTitle } from '../../components/SectionTitle';
import { readBase64 } from '../../components/fileBase64';
import { IssuesInput, PointsInput, type IssueDraft, type PointDraft } from './MeetingIssuesInput';
import { PeopleMultiSelect, personRefOf } from './PeopleSelect';
import { communityKeys, useCommittee, type CommitteePageData } from './queries';

function MeetingFormBody({ me, data }: { me: Me; data: CommitteePageData }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const required = filled(t('errors.required'));
  const date = readableDay(t('errors.date'));
  // Named as the server names its fields, so that its problem with an issue or a point lands on that row.
  const form = useForm({
    initialValues: {
      heldOn: todayText(),
      place: '',
      memberIds: [] as number[],
      others: [] as string[],
      issues: [] as IssueDraft[],
      decisions: '',
      actionPoints: [] as PointDraft[],
    },
    validate: { heldOn: date, place: required, issues: { text: required }, actionPoints: { what: required, who: required, dueOn: date } },
  });
  const [sheet, setSheet] = useState<File | null>(null);
  const values = form.values;
  const day = parseDay(values.heldOn);
  // The roll on the meeting's day: who had joined and not yet left.
  const onRoll = data.members.filter((m) => day !== null && m.joinedOn <= day && (m.leftOn === null || m.leftOn > day));
  const ticked = values.memberIds.filter((id) => onRoll.some((m) => m.id === id));

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

  const submit = (v: typeof values) =>
    save.mutate({
      committeeId: data.committee.id,
      heldOn: dayOf(v.heldOn),
      place: v.place.trim(),
      memberIds: ticked,
      others: v.others.map(personRefOf),
      issues: v.issues.map((issue) => ({
        text: issue.text.trim(),
        childCodes: issue.childCodes,
        caseNumber: issue.caseNumber,
        departureId: issue.departureId ? Number(issue.departureId) : null,
      })),
      decisions: v.decisions,
      actionPoints: v.actionPoints.map((p) => ({ what: p.what.trim(), who: p.who.trim(), dueOn: dayOf(p.dueOn) })),
    });
  const others = form.getInputProps('others');

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md" maw={980}>
        <SimpleGrid cols={2}>
          <DateField label={t('community.meetingForm.heldOn')} withAsterisk {...form.getInputProps('heldOn')} />
          <TextInput label={t('community.meetingForm.place')} withAsterisk {...form.getInputProps('place')} />
        </SimpleGrid>
        <Paper withBorder p="sm">
          <SectionTitle>
            {t('community.meetingForm.membersPresent', { present: formatNumber(ticked.length), onRoll: formatNumber(onRoll.length) })}
          </SectionTitle>
          <Checkbox.Group
            value={ticked.map(String)}
            onChange={(v) => form.setFieldValue('memberIds', v.map(Number))}
            error={form.errors.memberIds}
          >
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
          value={values.others}
          onChange={others.onChange}
          error={form.errors.others}
        />
        <div>
          <SectionTitle>{t('community.meetingForm.issues')}</SectionTitle>
          <IssuesInput issues={values.issues} onChange={(v) => form.setFieldValue('issues', v)} errors={form.errors} />
        </div>
        <Textarea label={t('community.meetingForm.decisions')} autosize minRows={3} {...form.getInputProps('decisions')} />
        <div>
          <SectionTitle>{t('community.meetingForm.actionPoints')}</SectionTitle>
          <PointsInput points={values.actionPoints} onChange={(v) => form.setFieldValue('actionPoints', v)} errors={form.errors} />
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
