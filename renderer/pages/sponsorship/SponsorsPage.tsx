import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { SearchInput } from '../../components/SearchInput';
import { ListHeader } from '../../components/ListHeader';
import { formatNumber } from '../../format';
import { navigate } from '../../router';
import { can, type Me } from '../../session';
import { Money } from './money';
import { FcraBadge } from './parts';
import { Link } from '../../components/Link';
import { useSponsors } from './queries';
import { SponsorFormModal } from './SponsorForm';
import { QueryStatus } from '../../components/QueryStatus';

/** Every sponsor, searchable by name, code, phone or e-mail, with what each owes. */
export function SponsorsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const [adding, setAdding] = useState(false);
  const list = useSponsors(q);
  const rows = list.data ?? [];
  const writes = can(me, 'sponsorship.write');

  return (
    <Stack gap="sm">
      <ListHeader
        title={t('sponsorship.sponsors.title')}
        countText={list.data ? t('sponsorship.sponsors.count', { count: rows.length, formatted: formatNumber(rows.length) }) : null}
        countTestId="sponsors-total"
        clearLabel={t('sponsorship.clearFilters')}
        onClear={text ? () => setText('') : null}
      >
        <ExportButton exportList={() => call('sponsors.export', q ? { q } : {})} />
        {writes && <Button onClick={() => setAdding(true)}>{t('sponsorship.sponsors.add')}</Button>}
      </ListHeader>
      <SearchInput
        label={t('sponsorship.sponsors.search')}
        placeholder={t('sponsorship.sponsors.searchPlaceholder')}
        value={text}
        onSearch={setText}
        maw={420}
      />
      <QueryStatus query={list} />
      {list.data && (
        <Paper withBorder style={{ overflowX: 'auto' }} opacity={list.isPlaceholderData ? 0.6 : 1}>
          <Table highlightOnHover verticalSpacing={6} fz="sm" miw={860} aria-label={t('sponsorship.sponsors.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sponsorship.sponsors.columns.code')}</Table.Th>
                <Table.Th>{t('sponsorship.sponsors.columns.name')}</Table.Th>
                <Table.Th>{t('sponsorship.sponsors.columns.kind')}</Table.Th>
                <Table.Th>{t('sponsorship.sponsors.columns.citizenship')}</Table.Th>
                <Table.Th>{t('sponsorship.sponsors.columns.phone')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.sponsors.columns.active')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.sponsors.columns.arrears')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) => (
                <Table.Tr
                  key={s.id}
                  style={{ cursor: 'pointer' }}
                  onClick={(e) => {
                    if (!(e.target instanceof HTMLAnchorElement)) navigate(`/sponsorship/sponsors/${s.id}`);
                  }}
                >
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {s.code}
                  </Table.Td>
                  <Table.Td>
                    <Link to={`/sponsorship/sponsors/${s.id}`} fw={600}>
                      {s.name}
                    </Link>
                  </Table.Td>
                  <Table.Td>{t(`sponsorship.sponsorKinds.${s.kind}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{t(`sponsorship.citizenships.${s.citizenship}`)}</Text>
                      <FcraBadge citizenship={s.citizenship} />
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.phone}</Table.Td>
                  <Table.Td ta="right">{formatNumber(s.activeSponsorships)}</Table.Td>
                  <Table.Td ta="right">
                    {s.arrearsPaise > 0 ? (
                      <Money paise={s.arrearsPaise} c="red" fw={600} />
                    ) : (
                      <Text span c="dimmed">
                        {t('common.none')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {rows.length === 0 && (
            <Text c="dimmed" ta="center" p="xl">
              {q ? t('sponsorship.sponsors.noMatch') : writes ? t('sponsorship.sponsors.empty') : t('sponsorship.sponsors.emptyReadOnly')}
            </Text>
          )}
        </Paper>
      )}
      {writes && <SponsorFormModal opened={adding} sponsor={null} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
