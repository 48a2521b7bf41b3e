import { Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { formatDate } from '../../format';
import { SectionTitle } from '../../components/SectionTitle';
import { Money } from './money';
import { ReceiptPrintButton } from './ReceiptPrint';

type Receipt = ApiResult<'sponsors.get'>['receipts'][number];

/** Every payment a sponsor made, newest first, each with its receipt to print; reversed ones are struck out. */
export function SponsorPayments({ receipts }: { receipts: Receipt[] }) {
  const { t } = useTranslation();
  const rows = [...receipts].sort((a, b) => b.valueDate.localeCompare(a.valueDate) || b.postingId - a.postingId);
  const total = rows.filter((r) => r.reversedBy === null).reduce((sum, r) => sum + r.amountPaise, 0);

  return (
    <Paper withBorder p="md" component="section" aria-label={t('sponsorship.sponsor.payments')} style={{ overflowX: 'auto' }}>
      <SectionTitle
        right={
          rows.length > 0 && (
            <Text size="sm">
              {t('sponsorship.sponsor.totalReceived')} <Money paise={total} fw={700} data-testid="sponsor-total-received" />
            </Text>
          )
        }
      >
        {t('sponsorship.sponsor.payments')}
      </SectionTitle>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sponsorship.sponsor.noPayments')}
        </Text>
      ) : (
        <Table verticalSpacing={6} fz="sm" miw={900} aria-label={t('sponsorship.sponsor.payments')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sponsorship.payments.date')}</Table.Th>
              <Table.Th>{t('sponsorship.payments.receiptNo')}</Table.Th>
              <Table.Th ta="right">{t('sponsorship.payments.amount')}</Table.Th>
              <Table.Th>{t('sponsorship.payments.mode')}</Table.Th>
              <Table.Th>{t('sponsorship.payments.account')}</Table.Th>
              <Table.Th>{t('sponsorship.payments.reference')}</Table.Th>
              <Table.Th>{t('sponsorship.payments.eligible80g')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => {
              const reversed = p.reversedBy !== null;
              return (
                <Table.Tr key={p.postingId} c={reversed ? 'dimmed' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.valueDate)}</Table.Td>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {p.receiptNo}
                  </Table.Td>
                  <Table.Td ta="right" td={reversed ? 'line-through' : undefined}>
                    <Money paise={p.amountPaise} />
                  </Table.Td>
                  <Table.Td>{p.mode ? t(`sponsorship.modes.${p.mode}`) : ''}</Table.Td>
                  <Table.Td>{t(`sponsorship.accounts.${p.account}`)}</Table.Td>
                  <Table.Td>{p.reference}</Table.Td>
                  <Table.Td>{p.eligible80g ? t('common.yes') : t('common.no')}</Table.Td>
                  <Table.Td>
                    {reversed ? (
                      <Badge color="gray" variant="light" radius="sm" tt="none">
                        {t('sponsorship.payments.reversed')}
                      </Badge>
                    ) : (
                      p.receiptNo && <ReceiptPrintButton postingId={p.postingId} receiptNo={p.receiptNo} />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
