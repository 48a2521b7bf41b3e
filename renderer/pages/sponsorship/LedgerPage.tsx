import { Alert, Button, Grid, Group, Loader, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { ListPagination } from '../../components/ListPagination';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { ChoiceFilter } from '../../components/ChoiceFilter';
import { FilterSelect } from '../../components/FilterSelect';
import { ExportButton } from '../../components/ExportButton';
import { ListHeader } from '../../components/ListHeader';
import { useListFilters } from '../../components/useListFilters';
import { useListPage } from '../../components/useListPage';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { parseDay } from '../../components/DateField';
import { accountCodes, postingKinds, type AccountCode, type Posting, type PostingKind } from './labels';
import { ExpenseModal, TransferModal } from './LedgerEntryModals';
import { LedgerPostingRows } from './LedgerRows';
import { usePostings, useSponsors, type PostingFilters } from './queries';
import { ReverseModal } from './ReverseModal';
import { TrialBalancePanel } from './TrialBalancePanel';

const PAGE_SIZE = 100;

interface Filters {
  from: string;
  to: string;
  account: AccountCode | null;
  sponsorId: number | null;
  kind: PostingKind | null;
}
const noFilters: Filters = { from: '', to: '', account: null, sponsorId: null, kind: null };

/** A day bounding the list as typed (DD/MM/YYYY), or none while the box is empty or holds no day. */
const dayOf = (typed: string) => (typed.trim() ? parseDay(typed) : null);

/** Money in and out: every posting with its lines, filtered by date, account, sponsor or kind; reversals; the trial balance. */
export function LedgerPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { filters, setFilter, filtered, clear } = useListFilters(noFilters);
  const [reversing, setReversing] = useState<Posting | null>(null);
  const [entry, setEntry] = useState<'transfer' | 'expense' | null>(null);
  const sponsors = useSponsors('');
  const writes = can(me, 'sponsorship.write');

  const from = dayOf(filters.from);
  const to = dayOf(filters.to);
  const query = useMemo<PostingFilters>(
    () => ({
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(filters.account ? { account: filters.account } : {}),
      ...(filters.sponsorId !== null ? { sponsorId: filters.sponsorId } : {}),
      ...(filters.kind ? { kind: filters.kind } : {}),
    }),
    [from, to, filters.account, filters.sponsorId, filters.kind],
  );
  const [page, setPage] = useListPage(JSON.stringify(query));
  const list = usePostings({ ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack gap="sm">
      <ListHeader
        title={t('sponsorship.ledger.title')}
        countText={list.data ? t('sponsorship.ledger.count', { count: total, formatted: formatNumber(total) }) : null}
        countTestId="postings-total"
        clearLabel={t('sponsorship.clearFilters')}
        onClear={filtered ? clear : null}
      >
        <ExportButton exportList={() => call('ledger.export', query)} />
        {writes && (
          <>
            <Button variant="default" onClick={() => setEntry('transfer')}>
              {t('sponsorship.transfer.open')}
            </Button>
            <Button variant="default" onClick={() => setEntry('expense')}>
              {t('sponsorship.expense.open')}
            </Button>
          </>
        )}
      </ListHeader>
      <Group gap="xs" align="flex-start" wrap="wrap">
        {(['from', 'to'] as const).map((end) => (
          <TextInput
            key={end}
            aria-label={t(`sponsorship.ledger.${end}`)}
            placeholder={t(`sponsorship.ledger.${end}Placeholder`)}
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            w={160}
            value={filters[end]}
            error={filters[end].trim() !== '' && dayOf(filters[end]) === null ? t('errors.date') : undefined}
            onChange={(e) => setFilter(end, e.currentTarget.value)}
          />
        ))}
        <ChoiceFilter
          label={t('sponsorship.ledger.account')}
          anyLabel={t('sponsorship.ledger.allAccounts')}
          w={220}
          choices={accountCodes}
          choiceName={(a) => t(`sponsorship.accounts.${a}`)}
          value={filters.account}
          onChange={(v) => setFilter('account', v)}
        />
        <FilterSelect<number>
          label={t('sponsorship.ledger.sponsor')}
          anyLabel={t('sponsorship.ledger.allSponsors')}
          searchable
          w={220}
          data={(sponsors.data ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))}
          value={filters.sponsorId}
          onChange={(v) => setFilter('sponsorId', v)}
        />
        <ChoiceFilter
          label={t('sponsorship.ledger.kind')}
          anyLabel={t('sponsorship.ledger.allKinds')}
          w={180}
          choices={postingKinds}
          choiceName={(k) => t(`sponsorship.postingKinds.${k}`)}
          value={filters.kind}
          onChange={(v) => setFilter('kind', v)}
        />
      </Group>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          {list.isError && (
            <Alert color="red" title={t('common.errorTitle')}>
              {errorText(t, list.error)}
            </Alert>
          )}
          {list.isPending && <Loader size="sm" />}
          {list.data && (
            <Stack gap="xs">
              <Paper withBorder style={{ overflowX: 'auto' }} opacity={list.isPlaceholderData ? 0.6 : 1}>
                <Table verticalSpacing={6} fz="sm" miw={900} aria-label={t('sponsorship.ledger.table')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('sponsorship.ledger.columns.date')}</Table.Th>
                      <Table.Th>{t('sponsorship.ledger.columns.kind')}</Table.Th>
                      <Table.Th>{t('sponsorship.ledger.columns.number')}</Table.Th>
                      <Table.Th>{t('sponsorship.ledger.columns.who')}</Table.Th>
                      <Table.Th ta="right">{t('sponsorship.ledger.columns.amount')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.rows.map((p) => (
                      <LedgerPostingRows key={p.id} posting={p} writes={writes} onReverse={setReversing} />
                    ))}
                  </Table.Tbody>
                </Table>
                {total === 0 && (
                  <Text c="dimmed" ta="center" p="xl">
                    {filtered ? t('sponsorship.ledger.noMatch') : t('sponsorship.ledger.empty')}
                  </Text>
                )}
              </Paper>
              <ListPagination pages={pages} page={page} onChange={setPage} />
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <TrialBalancePanel asOf={to} />
        </Grid.Col>
      </Grid>
      {reversing && <ReverseModal posting={reversing} onClose={() => setReversing(null)} />}
      {entry === 'transfer' && <TransferModal onClose={() => setEntry(null)} />}
      {entry === 'expense' && <ExpenseModal onClose={() => setEntry(null)} />}
    </Stack>
  );
}
