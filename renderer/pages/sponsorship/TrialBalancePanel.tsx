import { Alert, Badge, Loader, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { formatDate } from '../../format';
import { SectionTitle } from '../../components/SectionTitle';
import { Money } from './money';
import { useTrialBalance } from './queries';

/** Every account's balance as of a date, debits and credits side by side; the two totals agree because every posting balances. */
export function TrialBalancePanel({ asOf }: { asOf: string | null }) {
  const { t } = useTranslation();
  const balance = useTrialBalance(asOf);
  const title = asOf ? t('sponsorship.trialBalance.titleAsOf', { date: formatDate(asOf) }) : t('sponsorship.trialBalance.title');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('sponsorship.trialBalance.title')}>
      <SectionTitle>{title}</SectionTitle>
      {balance.isError && <Alert color="red">{errorText(t, balance.error)}</Alert>}
      {balance.isPending && <Loader size="sm" />}
      {balance.data && (
        <Table verticalSpacing={4} fz="sm" aria-label={t('sponsorship.trialBalance.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sponsorship.trialBalance.account')}</Table.Th>
              <Table.Th ta="right">{t('sponsorship.trialBalance.debit')}</Table.Th>
              <Table.Th ta="right">{t('sponsorship.trialBalance.credit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {balance.data.accounts.map((a) => (
              <Table.Tr key={a.code}>
                <Table.Td>
                  {t(`sponsorship.accounts.${a.code}`)}
                  {a.fcra && (
                    <Badge ml={6} size="xs" color="blue" variant="outline" radius="sm" tt="none">
                      {t('sponsorship.fcraBadge')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">{a.debitPaise ? <Money paise={a.debitPaise} /> : ''}</Table.Td>
                <Table.Td ta="right">{a.creditPaise ? <Money paise={a.creditPaise} /> : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('sponsorship.trialBalance.total')}</Table.Th>
              <Table.Th ta="right">
                <Money paise={balance.data.totalDebitPaise} data-testid="trial-total-debit" />
              </Table.Th>
              <Table.Th ta="right">
                <Money paise={balance.data.totalCreditPaise} data-testid="trial-total-credit" />
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {balance.data && balance.data.totalDebitPaise === balance.data.totalCreditPaise && (
        <Text size="xs" c="teal" mt={4}>
          {t('sponsorship.trialBalance.agrees')}
        </Text>
      )}
    </Paper>
  );
}
