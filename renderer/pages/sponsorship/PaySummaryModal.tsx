import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseRupees } from '../../../electron/shared/money';
import { formatNumber } from '../../format';
import type { Balances, Draft } from './disbursementDrafts';
import type { DisbursementAccount, Family } from './labels';
import { Money, useRupees } from './money';

/** Accounts holding physical money: the ledger refuses to take them below zero (a bank may be overdrawn). */
const cashAccounts: readonly DisbursementAccount[] = ['office_cash'];

interface Share {
  families: number;
  paise: number;
}

export interface PaySummary {
  families: number;
  totalPaise: number;
  accounts: { account: DisbursementAccount; share: Share; heldPaise: number }[];
  funders: { name: string | null; share: Share }[];
}

function add(map: Map<string, Share>, key: string, paise: number): void {
  const s = map.get(key) ?? { families: 0, paise: 0 };
  map.set(key, { families: s.families + 1, paise: s.paise + paise });
}

/** What a batch takes from each account and whose money pays it, as the confirmation shows it. */
export function paySummary(chosen: readonly Family[], drafts: ReadonlyMap<number, Draft>, balances: Balances): PaySummary {
  const byAccount = new Map<string, Share>();
  const accountOf = new Map<string, DisbursementAccount>();
  const byFunder = new Map<string, Share>();
  let totalPaise = 0;
  for (const f of chosen) {
    const d = drafts.get(f.sponsoredChildId);
    if (!d) continue;
    const paise = parseRupees(d.amount) ?? 0;
    totalPaise += paise;
    add(byAccount, d.account, paise);
    accountOf.set(d.account, d.account);
    add(byFunder, f.funding === 'sponsor' && f.sponsorName ? `s:${f.sponsorName}` : 'pooled', paise);
  }
  return {
    families: chosen.length,
    totalPaise,
    accounts: [...byAccount].flatMap(([key, share]) => {
      const account = accountOf.get(key);
      return account ? [{ account, share, heldPaise: balances.get(account) ?? 0 }] : [];
    }),
    funders: [...byFunder].map(([key, share]) => ({ name: key === 'pooled' ? null : key.slice(2), share })),
  };
}

/** Before a batch is paid: how many families, how much, from which account (and what it holds), funded by whom. */
export function PaySummaryModal({
  summary,
  month,
  paidOn,
  onCancel,
  onConfirm,
}: {
  summary: PaySummary | null;
  month: string;
  paidOn: string;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t, i18n } = useTranslation();
  const rupees = useRupees();
  // The date as typed (DD/MM/YYYY), in the digits of the language on screen.
  const shownDate = i18n.language === 'bn' ? paidOn.replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'.charAt(Number(d))) : paidOn;
  const short = (summary?.accounts ?? []).filter((a) => cashAccounts.includes(a.account) && a.heldPaise < a.share.paise);
  const overdrawn = (summary?.accounts ?? []).filter((a) => !cashAccounts.includes(a.account) && a.heldPaise < a.share.paise);
  const families = (n: number) => t('sponsorship.paySummary.families', { count: n, formatted: formatNumber(n) });
  return (
    <Modal
      opened={summary !== null}
      onClose={onCancel}
      size="xl"
      title={t('sponsorship.paySummary.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {summary && (
        <Stack gap="md">
          <Text data-testid="pay-summary-total">
            {t('sponsorship.paySummary.lead', { families: families(summary.families), month, date: shownDate })}{' '}
            <Money paise={summary.totalPaise} fw={700} />
          </Text>
          <Table fz="sm" aria-label={t('sponsorship.paySummary.fromTable')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sponsorship.paySummary.from')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.paySummary.familiesColumn')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.paySummary.paying')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.paySummary.holds')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.paySummary.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.accounts.map((a) => (
                <Table.Tr key={a.account}>
                  <Table.Td>{t(`sponsorship.accounts.${a.account}`)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(a.share.families)}</Table.Td>
                  <Table.Td ta="right">
                    <Money paise={a.share.paise} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Money paise={a.heldPaise} />
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    c={a.heldPaise < a.share.paise ? 'red.9' : undefined}
                    fw={a.heldPaise < a.share.paise ? 700 : undefined}
                  >
                    <Money paise={a.heldPaise - a.share.paise} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Table fz="sm" aria-label={t('sponsorship.paySummary.fundedTable')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sponsorship.paySummary.fundedBy')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.paySummary.familiesColumn')}</Table.Th>
                <Table.Th ta="right">{t('sponsorship.paySummary.paying')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.funders.map((f) => (
                <Table.Tr key={f.name ?? ''}>
                  <Table.Td>{f.name ?? t('sponsorship.paySummary.pooled')}</Table.Td>
                  <Table.Td ta="right">{formatNumber(f.share.families)}</Table.Td>
                  <Table.Td ta="right">
                    <Money paise={f.share.paise} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {short.map((a) => (
            <Alert key={a.account} color="red" role="alert" title={t('sponsorship.paySummary.cashShortTitle')}>
              {t('sponsorship.paySummary.cashShort', {
                account: t(`sponsorship.accounts.${a.account}`),
                held: rupees(a.heldPaise),
                paying: rupees(a.share.paise),
              })}
            </Alert>
          ))}
          {overdrawn.map((a) => (
            <Alert key={a.account} color="yellow" title={t('sponsorship.paySummary.overdrawnTitle')}>
              {t('sponsorship.paySummary.overdrawn', {
                account: t(`sponsorship.accounts.${a.account}`),
                amount: rupees(a.share.paise - a.heldPaise),
              })}
            </Alert>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('sponsorship.paySummary.back')}
            </Button>
            <Button onClick={onConfirm} disabled={short.length > 0} data-autofocus>
              {t('sponsorship.paySummary.confirm', { families: families(summary.families), total: rupees(summary.totalPaise) })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
