import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/ListTable';
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
    <ListTable
      label={label}
      minWidth={900}
      columns={[
        { label: t('safetynet.columns.person') },
        { label: t('safetynet.columns.age') },
        { label: t('safetynet.columns.village') },
        { label: t('safetynet.columns.leftOn') },
        { label: t('safetynet.columns.purpose') },
        { label: t('safetynet.columns.destination') },
        { label: t('safetynet.columns.agent') },
        { label: t('safetynet.columns.level') },
        ...(checkIns
          ? [{ label: t('safetynet.columns.lastCheckIn') }, { label: t('safetynet.columns.nextCheckIn') }]
          : [{ label: t('safetynet.columns.returned') }]),
      ]}
    >
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
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.returnedOn ? formatDate(r.returnedOn) : t('safetynet.child.away')}</Table.Td>
          )}
        </Table.Tr>
      ))}
    </ListTable>
  );
}
