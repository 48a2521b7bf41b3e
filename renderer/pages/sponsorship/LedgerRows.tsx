import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { saveFile } from '../../components/ExportButton';
import { formatDate } from '../../format';
import type { Posting, PostingKind } from './labels';
import { Money, useRupees } from './money';
import { monthLabel } from './months';
import { ReceiptPrintButton } from './ReceiptPrint';
import { postingLabel } from './ReverseModal';

const kindColors: Record<PostingKind, string> = {
  dues: 'gray',
  receipt: 'teal',
  disbursement: 'blue',
  transfer: 'violet',
  expense: 'orange',
  reversal: 'red',
};

/** The postings a user may correct: money that moved. Dues are raised by the app from the sponsorships. */
const reversible: readonly PostingKind[] = ['receipt', 'disbursement', 'transfer', 'expense'];

function details(t: TFunction, p: Posting, lang: 'en' | 'bn'): string {
  const mode = p.mode ? t(`sponsorship.modes.${p.mode}`) : null;
  switch (p.kind) {
    case 'dues':
      return p.forMonth ? t('sponsorship.ledger.duesFor', { month: monthLabel(p.forMonth, lang) }) : '';
    case 'reversal':
      return t('sponsorship.ledger.reverses', { label: p.reference ?? '', reason: p.reason ?? '' });
    case 'disbursement': {
      const how =
        p.mode === 'cash'
          ? [p.recipientName, p.recipientMark ? t(`sponsorship.marks.${p.recipientMark}`) : null].filter(Boolean).join(', ')
          : p.mode === 'in_kind'
            ? p.inKindDescription
            : p.reference;
      return [p.forMonth ? monthLabel(p.forMonth, lang) : null, mode, how, p.funding ? t(`sponsorship.funding.${p.funding}`) : null]
        .filter(Boolean)
        .join(' · ');
    }
    default:
      return [
        mode,
        p.mode === 'in_kind' ? p.inKindDescription : p.reference,
        p.kind === 'expense' || p.kind === 'transfer' ? p.reason : null,
      ]
        .filter(Boolean)
        .join(' · ');
  }
}

function ProofButton({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  const open = useMutation({
    mutationFn: () => call('ledger.proof', { postingId: posting.id }),
    onSuccess: (file) => saveFile(file, file.mimeType),
    onError: (error) => showError(t, error),
  });
  return (
    <Button size="compact-xs" variant="default" loading={open.isPending} onClick={() => open.mutate()}>
      {t('sponsorship.ledger.proof')}
    </Button>
  );
}

/** One posting: its head (date, kind, number, who, amount, actions) and, under it, its debit and credit lines. */
export function LedgerPostingRows({
  posting: p,
  writes,
  onReverse,
}: {
  posting: Posting;
  writes: boolean;
  onReverse: (p: Posting) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const rupees = useRupees();
  const label = postingLabel(p);
  const who = [p.sponsorName, p.childName ? `${p.childName} (${p.childCode ?? ''})` : null].filter(Boolean).join(' → ');
  const reversed = p.reversedBy !== null;
  const detail = details(t, p, lang);
  const lines = p.lines
    .map((l) =>
      l.amountPaise > 0
        ? t('sponsorship.ledger.debitLine', { account: t(`sponsorship.accounts.${l.account}`), amount: rupees(l.amountPaise) })
        : t('sponsorship.ledger.creditLine', { account: t(`sponsorship.accounts.${l.account}`), amount: rupees(-l.amountPaise) }),
    )
    .join('   ·   ');
  return (
    <Fragment>
      <Table.Tr aria-label={`${label} ${t(`sponsorship.postingKinds.${p.kind}`)}`} c={reversed ? 'dimmed' : undefined}>
        <Table.Td style={{ whiteSpace: 'nowrap', borderBottom: 0 }}>{formatDate(p.valueDate)}</Table.Td>
        <Table.Td style={{ borderBottom: 0 }}>
          <Badge color={kindColors[p.kind]} variant="light" radius="sm" tt="none" miw="max-content">
            {t(`sponsorship.postingKinds.${p.kind}`)}
          </Badge>
        </Table.Td>
        <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap', borderBottom: 0 }}>
          {p.receiptNo ?? p.voucherNo ?? ''}
        </Table.Td>
        <Table.Td style={{ borderBottom: 0 }} maw={360}>
          <Text size="sm" truncate title={who}>
            {who}
          </Text>
        </Table.Td>
        <Table.Td ta="right" style={{ borderBottom: 0 }} td={reversed ? 'line-through' : undefined}>
          <Money paise={p.amountPaise} fw={600} />
        </Table.Td>
        <Table.Td style={{ borderBottom: 0 }}>
          <Group gap={4} wrap="nowrap" justify="flex-end">
            {reversed && (
              <Badge color="gray" variant="outline" radius="sm" tt="none" miw="max-content">
                {t('sponsorship.payments.reversed')}
              </Badge>
            )}
            {p.kind === 'receipt' && p.receiptNo && !reversed && <ReceiptPrintButton postingId={p.id} receiptNo={p.receiptNo} />}
            {p.hasProof && <ProofButton posting={p} />}
            {writes && !reversed && reversible.includes(p.kind) && (
              <Button
                size="compact-xs"
                variant="light"
                color="orange"
                aria-label={t('sponsorship.ledger.reverseLabel', { label })}
                onClick={() => onReverse(p)}
              >
                {t('sponsorship.ledger.reverse')}
              </Button>
            )}
          </Group>
        </Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td />
        <Table.Td colSpan={5} pt={0}>
          {detail && (
            <Text size="sm" c={reversed ? 'dimmed' : undefined}>
              {detail}
            </Text>
          )}
          <Text size="xs" c="dimmed" data-testid="posting-lines">
            {lines}
          </Text>
        </Table.Td>
      </Table.Tr>
    </Fragment>
  );
}
