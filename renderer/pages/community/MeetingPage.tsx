import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { saveFile } from '../../components/ExportButton';
import { errorText, showError } from '../../components/errors';
import { formatDate, formatNumber } from '../../format';
import { href } from '../../router';
import { can, type Me } from '../../session';
import { SectionTitle } from '../../components/SectionTitle';
import { readBase64 } from '../../components/fileBase64';
import { PdfButtons, QuorumBadge } from './parts';
import { PointsTable } from './PointsTable';
import { communityKeys, useMeeting, type MeetingDetail } from './queries';

function Sheet({ me, meeting }: { me: Me; meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const attach = useMutation({
    mutationFn: async (file: File) =>
      call('meetings.attachSheet', { meetingId: meeting.id, sheet: { fileName: file.name, contentBase64: await readBase64(file) } }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('community.meeting.sheetAttached') });
      await queryClient.invalidateQueries({ queryKey: communityKeys.all });
    },
    onError: (error) => showError(t, error),
  });
  const open = useMutation({
    mutationFn: () => call('meetings.sheet', { meetingId: meeting.id }),
    onSuccess: (file) => saveFile(file, file.mimeType),
    onError: (error) => showError(t, error),
  });
  return (
    <Group gap="sm">
      {meeting.sheet ? (
        <Button variant="default" loading={open.isPending} onClick={() => open.mutate()}>
          {t('community.meeting.openSheet', { file: meeting.sheet.fileName })}
        </Button>
      ) : (
        <Text size="sm" c="dimmed">
          {t('community.meeting.noSheet')}
        </Text>
      )}
      {can(me, 'community.write') && (
        <>
          <Text component="label" htmlFor="sheet-upload" size="sm">
            {t(meeting.sheet ? 'community.meeting.replaceSheet' : 'community.meeting.attachSheet')}
          </Text>
          <input
            id="sheet-upload"
            type="file"
            accept="image/jpeg,image/png,application/pdf"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) attach.mutate(file);
            }}
          />
        </>
      )}
    </Group>
  );
}

function Issues({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  if (!meeting.issues.length) return <Text c="dimmed">{t('community.meeting.noIssues')}</Text>;
  return (
    <Stack gap={6}>
      {meeting.issues.map((issue, i) => (
        <Paper key={issue.id} withBorder p="sm">
          <Text>
            {formatNumber(i + 1)}. {issue.text}
          </Text>
          <Group gap="md" mt={2}>
            {issue.children.map((c) => (
              <Anchor key={c.childId} size="sm" href={href(`/children/${c.childId}`)}>
                {c.childCode} {c.name ?? c.nameBn ?? ''}
              </Anchor>
            ))}
            {issue.linkedCase &&
              ('caseNumber' in issue.linkedCase ? (
                <Anchor size="sm" href={href(`/cases/${issue.linkedCase.caseId}`)}>
                  {t('community.meeting.case', { number: issue.linkedCase.caseNumber })}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('community.meeting.caseConfidential')}
                </Text>
              ))}
            {issue.departureId !== null && (
              <Text size="sm">{t('community.meeting.departure', { number: formatNumber(issue.departureId) })}</Text>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** A meeting: who came and whether it had its quorum, the issues, resolutions and action points; its minutes as PDF. */
export function MeetingPage({ me, id }: { me: Me; id: number }) {
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  if (meeting.isPending) return <Loader />;
  if (meeting.isError) return <Alert color="red">{errorText(t, meeting.error)}</Alert>;
  const m = meeting.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor href={href(`/community/committees/${m.committeeId}`)} size="sm">
            {m.committeeName}
          </Anchor>
          <Title order={1} size="h2">
            {t('community.meeting.title', { date: formatDate(m.heldOn) })}
          </Title>
          <Group gap="xs" mt={4}>
            <Text size="sm">{m.place}</Text>
            <QuorumBadge quorate={m.quorate} />
            <Text size="sm" data-testid="meeting-quorum">
              {t('community.meeting.presentOfRoll', {
                present: formatNumber(m.membersPresent),
                onRoll: formatNumber(m.membersOnRoll),
                required: formatNumber(m.quorumRequired),
              })}
            </Text>
          </Group>
        </div>
        <PdfButtons label={t('community.meeting.minutes')} make={(language) => call('meetings.minutes', { meetingId: m.id, language })} />
      </Group>
      <div>
        <SectionTitle>{t('community.meeting.attendees', { formatted: formatNumber(m.attendees.length) })}</SectionTitle>
        <Paper withBorder>
          <Table verticalSpacing={5} fz="sm" aria-label={t('community.meeting.attendeesTable')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('community.columns.name')}</Table.Th>
                <Table.Th>{t('community.members.role')}</Table.Th>
                <Table.Th>{t('community.columns.category')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.attendees.map((a) => (
                <Table.Tr key={a.personKey}>
                  <Table.Td fw={500}>{a.childCode ? `${a.childCode} ${a.name}` : a.name}</Table.Td>
                  <Table.Td>{a.role ? t(`community.roles.${a.role}`) : t('community.meeting.invited')}</Table.Td>
                  <Table.Td>{[t(`community.categories.${a.category}`), a.designation, a.institution].filter(Boolean).join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </div>
      <div>
        <SectionTitle>{t('community.meeting.issues')}</SectionTitle>
        <Issues meeting={m} />
      </div>
      <div>
        <SectionTitle>{t('community.meeting.decisions')}</SectionTitle>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{m.decisions ?? '—'}</Text>
      </div>
      <div>
        <SectionTitle>{t('community.meeting.actionPoints')}</SectionTitle>
        <PointsTable
          points={m.actionPoints}
          writable={can(me, 'community.write')}
          label={t('community.meeting.pointsTable')}
          empty={t('community.meeting.noPoints')}
        />
      </div>
      <div>
        <SectionTitle>{t('community.meeting.sheet')}</SectionTitle>
        <Sheet me={me} meeting={m} />
      </div>
    </Stack>
  );
}
