import { Anchor, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { CheckInBadge, Known, LevelBadge } from './labels';
import type { DepartureRow } from './queries';

/** Departures as every SafetyNet list shows them; `checkIns` adds when each is next due a call or visit. */
export function DepartureTable({
  rows,
  label,
  empty,
  checkIns = false,
}: {
  rows: DepartureRow[];
  label: string;
  empty: string;
  checkIns?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('safetynet.columns.person')}</Table.Th>
              <Table.Th>{t('safetynet.columns.age')}</Table.Th>
              <Table.Th>{t('safetynet.columns.village')}</Table.Th>
              <Table.Th>{t('safetynet.columns.leftOn')}</Table.Th>
              <Table.Th>{t('safetynet.columns.purpose')}</Table.Th>
              <Table.Th>{t('safetynet.columns.destination')}</Table.Th>
              <Table.Th>{t('safetynet.columns.agent')}</Table.Th>
              <Table.Th>{t('safetynet.columns.level')}</Table.Th>
              {checkIns ? (
                <>
                  <Table.Th>{t('safetynet.columns.lastCheckIn')}</Table.Th>
                  <Table.Th>{t('safetynet.columns.nextCheckIn')}</Table.Th>
                </>
              ) : (
                <Table.Th>{t('safetynet.columns.returned')}</Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={10}>
                  <Text c="dimmed" size="sm" p="sm">
                    {empty}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor
                    href={href(`/safetynet/${r.id}`)}
                    fw={500}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`/safetynet/${r.id}`);
                    }}
                  >
                    {r.name}
                  </Anchor>
                  {r.childCode && (
                    <Text size="xs" c="dimmed">
                      {r.childCode}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.age === null ? <Known value={null} /> : formatNumber(r.age)}</Table.Td>
                <Table.Td>
                  <Known value={r.village} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.leftOn)}</Table.Td>
                <Table.Td>{t(`safetynet.purposes.${r.purpose}`)}</Table.Td>
                <Table.Td>{[r.destPlace, r.destState].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>
                  <Known value={r.agent} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <LevelBadge level={r.level} />
                    <Text size="xs" c="dimmed">
                      {formatNumber(r.score)}
                    </Text>
                  </Group>
                </Table.Td>
                {checkIns ? (
                  <>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {r.lastCheckInOn
                        ? `${formatDate(r.lastCheckInOn)} · ${t(`safetynet.checkInOutcomes.${r.lastCheckInOutcome ?? 'safe'}`)}`
                        : '—'}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{formatDate(r.nextCheckInOn)}</Text>
                        <CheckInBadge status={r.checkInStatus} />
                      </Group>
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {r.returnedOn ? formatDate(r.returnedOn) : t('safetynet.child.away')}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
