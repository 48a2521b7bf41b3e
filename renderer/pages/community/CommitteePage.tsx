import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { formatDate, formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { SectionTitle } from '../../components/SectionTitle';
import { CommitteeFormModal } from './CommitteeForm';
import { AddMemberModal, MemberLeftModal } from './MemberModals';
import { DueBadge, QuorumBadge } from './parts';
import { PointsTable } from './PointsTable';
import { useCommittee, type CommitteePageData, type MemberRow } from './queries';

function Members({ me, data }: { me: Me; data: CommitteePageData }) {
  const { t } = useTranslation();
  const writable = can(me, 'community.write');
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<MemberRow | null>(null);
  return (
    <div>
      <SectionTitle
        right={
          writable && (
            <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>
              {t('community.members.add')}
            </Button>
          )
        }
      >
        {t('community.committee.members', { formatted: formatNumber(data.committee.members) })}
      </SectionTitle>
      <Paper withBorder>
        <Table verticalSpacing={5} fz="sm" aria-label={t('community.committee.membersTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('community.columns.name')}</Table.Th>
              <Table.Th>{t('community.members.role')}</Table.Th>
              <Table.Th>{t('community.columns.category')}</Table.Th>
              <Table.Th>{t('community.columns.phone')}</Table.Th>
              <Table.Th>{t('community.members.joinedOn')}</Table.Th>
              <Table.Th>{t('community.members.leftOn')}</Table.Th>
              {writable && <Table.Th w={1} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.members.map((m) => (
              <Table.Tr key={m.id} c={m.leftOn ? 'dimmed' : undefined}>
                <Table.Td fw={500}>
                  {m.name}
                  {m.childCode && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {m.childCode}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`community.roles.${m.role}`)}</Table.Td>
                <Table.Td>{[t(`community.categories.${m.category}`), m.designation].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{m.phone}</Table.Td>
                <Table.Td>{formatDate(m.joinedOn)}</Table.Td>
                <Table.Td>{formatDate(m.leftOn)}</Table.Td>
                {writable && (
                  <Table.Td>
                    {!m.leftOn && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('community.members.leftNamed', { name: m.name })}
                        onClick={() => setLeaving(m)}
                      >
                        {t('community.members.left')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.members.length === 0 && (
          <Text c="dimmed" ta="center" p="md">
            {t('community.committee.noMembers')}
          </Text>
        )}
      </Paper>
      <AddMemberModal me={me} committeeId={data.committee.id} opened={adding} onClose={() => setAdding(false)} />
      <MemberLeftModal member={leaving} onClose={() => setLeaving(null)} />
    </div>
  );
}

function Meetings({ data }: { data: CommitteePageData }) {
  const { t } = useTranslation();
  return (
    <div>
      <SectionTitle>{t('community.committee.meetings', { formatted: formatNumber(data.meetings.length) })}</SectionTitle>
      <Paper withBorder>
        <Table verticalSpacing={5} fz="sm" aria-label={t('community.committee.meetingsTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('community.columns.heldOn')}</Table.Th>
              <Table.Th>{t('community.columns.place')}</Table.Th>
              <Table.Th ta="right">{t('community.columns.membersPresent')}</Table.Th>
              <Table.Th>{t('community.columns.quorum')}</Table.Th>
              <Table.Th ta="right">{t('community.columns.issues')}</Table.Th>
              <Table.Th ta="right">{t('community.columns.openPoints')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.meetings.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor href={href(`/community/meetings/${m.id}`)}>{formatDate(m.heldOn)}</Anchor>
                </Table.Td>
                <Table.Td>{m.place}</Table.Td>
                <Table.Td ta="right">
                  {formatNumber(m.membersPresent)} / {formatNumber(m.membersOnRoll)}
                </Table.Td>
                <Table.Td>
                  <QuorumBadge quorate={m.quorate} />
                </Table.Td>
                <Table.Td ta="right">{formatNumber(m.issues)}</Table.Td>
                <Table.Td ta="right">{formatNumber(m.actionPointsOpen)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.meetings.length === 0 && (
          <Text c="dimmed" ta="center" p="md">
            {t('community.committee.noMeetings')}
          </Text>
        )}
      </Paper>
    </div>
  );
}

/** A committee's page: where it stands, its members over time, its meetings and its open action points. */
export function CommitteePage({ me, id }: { me: Me; id: number }) {
  const { t } = useTranslation();
  const page = useCommittee(id);
  const [editing, setEditing] = useState(false);
  if (page.isPending) return <Loader />;
  if (page.isError) return <Alert color="red">{errorText(t, page.error)}</Alert>;
  const { committee } = page.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor href={href('/community/committees')} size="sm">
            {t('community.committee.back')}
          </Anchor>
          <Title order={1} size="h2">
            {committee.name}
          </Title>
          <Text c="dimmed" size="sm">
            {[t(`community.levels.${committee.level}`), committee.area, committee.gramPanchayat].filter(Boolean).join(' · ')} ·{' '}
            {t('community.committee.formed', { date: formatDate(committee.formedOn) })} ·{' '}
            {t('community.committee.frequency', { count: committee.frequencyMonths, months: formatNumber(committee.frequencyMonths) })}
          </Text>
          <Group gap="xs" mt={4}>
            <DueBadge due={committee.due} />
            <Text size="sm">
              {committee.lastMetOn
                ? t('community.committee.lastMet', { date: formatDate(committee.lastMetOn) })
                : t('community.committees.neverMet')}
            </Text>
          </Group>
        </div>
        {can(me, 'community.write') && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('community.committees.edit')}
            </Button>
            <Button onClick={() => navigate(`/community/committees/${committee.id}/meeting`)}>
              {t('community.committee.recordMeeting')}
            </Button>
          </Group>
        )}
      </Group>
      <CommitteeFormModal opened={editing} committee={committee} onClose={() => setEditing(false)} />
      <Members me={me} data={page.data} />
      <Meetings data={page.data} />
      <div>
        <SectionTitle>{t('community.committee.openPoints', { formatted: formatNumber(page.data.openActionPoints.length) })}</SectionTitle>
        <PointsTable
          points={page.data.openActionPoints}
          writable={can(me, 'community.write')}
          label={t('community.committee.pointsTable')}
          empty={t('community.committee.noOpenPoints')}
        />
      </div>
    </Stack>
  );
}
