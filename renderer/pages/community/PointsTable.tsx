import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../format';
import { href } from '../../router';
import { ActionPointModal, PointButtons, type PointClosing } from './ActionPointModal';
import type { ActionPointRow } from './queries';

function PointStatus({ point }: { point: ActionPointRow }) {
  const { t } = useTranslation();
  if (point.overdue)
    return (
      <Badge color="red" variant="light" radius="sm" tt="none">
        {t('community.points.overdueBy', { count: point.daysOverdue, days: formatNumber(point.daysOverdue) })}
      </Badge>
    );
  const color = point.status === 'done' ? 'teal' : point.status === 'dropped' ? 'gray' : 'blue';
  return (
    <Badge color={color} variant="light" radius="sm" tt="none">
      {t(`community.pointStatus.${point.status}`)}
    </Badge>
  );
}

/** Action points with their state and, for those who record, "Done" and "Drop". */
export function PointsTable(props: { points: ActionPointRow[]; writable: boolean; showCommittee?: boolean; label: string; empty: string }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState<PointClosing | null>(null);
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6} fz="sm" aria-label={props.label}>
          <Table.Thead>
            <Table.Tr>
              {props.showCommittee && <Table.Th>{t('community.columns.committee')}</Table.Th>}
              <Table.Th>{t('community.columns.what')}</Table.Th>
              <Table.Th>{t('community.columns.who')}</Table.Th>
              <Table.Th>{t('community.columns.dueOn')}</Table.Th>
              <Table.Th>{t('community.columns.status')}</Table.Th>
              {props.writable && <Table.Th w={1}>{t('community.columns.followUp')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.points.map((p) => (
              <Table.Tr key={p.id}>
                {props.showCommittee && (
                  <Table.Td>
                    <Anchor href={href(`/community/meetings/${p.meetingId}`)}>{p.committeeName}</Anchor>
                    <Text size="xs" c="dimmed">
                      {t('community.points.setOn', { date: formatDate(p.meetingHeldOn) })}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  {p.what}
                  {p.closingNote && (
                    <Text size="xs" c="dimmed">
                      {formatDate(p.closedOn)}: {p.closingNote}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{p.who}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.dueOn)}</Table.Td>
                <Table.Td>
                  <PointStatus point={p} />
                </Table.Td>
                {props.writable && (
                  <Table.Td>
                    <PointButtons point={p} onClose={setClosing} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {props.points.length === 0 && (
        <Text c="dimmed" ta="center" p="md">
          {props.empty}
        </Text>
      )}
      <ActionPointModal closing={closing} onClose={() => setClosing(null)} />
    </Paper>
  );
}
