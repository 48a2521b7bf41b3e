import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { eligibleFor80g, receiptAccountChoices } from '../../../electron/shared/fcra';
import { parseRupees } from '../../../electron/shared/money';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { DateField, todayText } from '../../components/DateField';
import { AppModal, FormButtons } from '../../components/FormModal';
import { dayOf, paiseOf, unreadAmount } from '../../components/forms';
import {
  isForeignSource,
  isOneOf,
  receiptAccounts,
  receiptModes,
  usualReceiptAccount,
  type Citizenship,
  type PaymentMode,
  type ReceiptAccount,
} from './labels';
import { Money, MoneyInput } from './money';
import { sponsorshipKeys } from './queries';
import { ReceiptPrintButtons } from './ReceiptPrint';
import { hintBelow } from '../../components/fieldHint';

type Received = ApiResult<'ledger.receive'>;

/** What the form needs to know about the payer. */
export interface Payer {
  id: number;
  code: string;
  name: string;
  citizenship: Citizenship;
  wants80g: boolean;
}

export interface PayerSponsorship {
  id: number;
  label: string;
}

const fields = ['valueDate', 'amountPaise', 'mode', 'reference', 'account', 'inKindDescription', 'sponsorshipId'] as const;

function ReceivedView({ received, amountPaise, onClose }: { received: Received; amountPaise: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-live="polite">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon color="teal" radius="xl" size="lg" aria-hidden>
          ✓
        </ThemeIcon>
        <div>
          <Text size="sm">{t('sponsorship.receive.saved')}</Text>
          <Text size="xl" fw={700} ff="monospace" data-testid="receipt-number">
            {received.receiptNo}
          </Text>
        </div>
      </Group>
      <Text size="sm">
        {t('sponsorship.receive.amountLine')} <Money paise={amountPaise} fw={600} />
      </Text>
      <Alert color={received.eligible80g ? 'teal' : 'gray'} variant="light">
        {received.eligible80g ? t('sponsorship.receive.eligible80g') : t('sponsorship.receive.notEligible80g')}
      </Alert>
      <Group justify="space-between">
        <ReceiptPrintButtons postingId={received.postingId} receiptNo={received.receiptNo} />
        <Button onClick={onClose}>{t('sponsorship.receive.done')}</Button>
      </Group>
    </Stack>
  );
}

function ReceiveForm({
  payer,
  sponsorships,
  onReceived,
  onCancel,
}: {
  payer: Payer;
  sponsorships: PayerSponsorship[];
  onReceived: (received: Received, amountPaise: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const foreign = isForeignSource(payer.citizenship);
  const form = useForm({
    initialValues: {
      valueDate: todayText(),
      amountPaise: '',
      mode: 'bank_transfer' as PaymentMode,
      account: usualReceiptAccount('bank_transfer', foreign) as ReceiptAccount,
      reference: '',
      inKindDescription: '',
      sponsorshipId: sponsorships.length === 1 ? (sponsorships[0]?.id ?? null) : null,
    },
  });
  const { mode, account } = form.values;

  const receive = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('ledger.receive', {
        sponsorId: payer.id,
        sponsorshipId: values.sponsorshipId,
        valueDate: dayOf(values.valueDate),
        amountPaise: paiseOf(values.amountPaise),
        mode: values.mode,
        account: values.account,
        reference: values.mode === 'in_kind' ? null : values.reference,
        inKindDescription: values.mode === 'in_kind' ? values.inKindDescription : null,
      }),
    onSuccess: (received, values) => {
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      onReceived(received, paiseOf(values.amountPaise));
    },
    onError: (error, values) => showError(t, error, form, fields, { amountPaise: unreadAmount(t, values.amountPaise) }),
  });

  const amountPaise = parseRupees(form.values.amountPaise);
  // The server decides; this is the same rule, so the coordinator sees it before saving.
  const eligible80g = eligibleFor80g({ ...payer, mode, amountPaise: amountPaise ?? 0 });
  // The same rules the server applies: a foreign source only into the FCRA receipt account (FCRA 2010 s.17),
  // never in cash; gifts in kind only into the in-kind stock. Only what may be chosen is offered.
  const choices = receiptAccountChoices(payer.citizenship, mode);
  const accounts: ReceiptAccount[] = receiptAccounts.filter((a) => choices.some((c) => c.account === a && !c.refusal));
  const noAccount = accounts.length === 0 ? choices.find((c) => c.refusal)?.refusal : undefined;

  return (
    <form onSubmit={form.onSubmit((values) => receive.mutate(values))} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {t('sponsorship.receive.from')}{' '}
          <Text span fw={600}>
            {payer.name}
          </Text>{' '}
          <Text span ff="monospace" c="dimmed" size="xs">
            {payer.code}
          </Text>
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          <DateField label={t('sponsorship.receive.date')} withAsterisk {...form.getInputProps('valueDate')} />
          <MoneyInput label={t('sponsorship.receive.amount')} withAsterisk data-autofocus {...form.getInputProps('amountPaise')} />
          <Select
            label={t('sponsorship.receive.mode')}
            withAsterisk
            allowDeselect={false}
            data={receiptModes.map((m) => ({ value: m, label: t(`sponsorship.modes.${m}`) }))}
            {...form.getInputProps('mode')}
            onChange={(v) => {
              const next = isOneOf(receiptModes, v) ? v : 'bank_transfer';
              form.setFieldValue('mode', next);
              form.setFieldValue('account', usualReceiptAccount(next, foreign));
              form.clearFieldError('account');
            }}
          />
          <Select
            label={t('sponsorship.receive.account')}
            withAsterisk
            allowDeselect={false}
            data={accounts.map((a) => ({ value: a, label: t(`sponsorship.accounts.${a}`) }))}
            {...hintBelow(foreign ? t('sponsorship.receive.fcraOnly') : undefined)}
            {...form.getInputProps('account')}
            value={accounts.includes(account) ? account : null}
            error={form.errors.account ?? (noAccount ? t(noAccount.key, noAccount.values) : undefined)}
            onChange={(v) => {
              if (isOneOf(receiptAccounts, v)) form.setFieldValue('account', v);
            }}
          />
        </SimpleGrid>
        {mode === 'in_kind' ? (
          <TextInput
            label={t('sponsorship.receive.inKindDescription')}
            {...hintBelow(t('sponsorship.receive.inKindHint'))}
            withAsterisk
            maxLength={300}
            {...form.getInputProps('inKindDescription')}
          />
        ) : (
          <TextInput
            label={t('sponsorship.receive.reference')}
            withAsterisk={mode !== 'cash'}
            {...hintBelow(t(`sponsorship.receive.referenceHint.${mode}`))}
            maxLength={100}
            {...form.getInputProps('reference')}
          />
        )}
        {sponsorships.length > 0 && (
          <Select<number>
            label={t('sponsorship.receive.sponsorship')}
            placeholder={t('sponsorship.receive.anySponsorship')}
            clearable
            data={sponsorships.map((s) => ({ value: s.id, label: s.label }))}
            {...form.getInputProps('sponsorshipId')}
          />
        )}
        <Alert color={eligible80g ? 'teal' : 'gray'} variant="light" p="xs" aria-label={t('sponsorship.receive.eligibility80gTitle')}>
          <Text size="sm">
            {eligible80g
              ? t('sponsorship.receive.will80g')
              : foreign
                ? t('sponsorship.receive.no80gForeign')
                : !payer.wants80g
                  ? t('sponsorship.receive.no80gNotAsked')
                  : mode === 'in_kind'
                    ? t('sponsorship.receive.no80gInKind')
                    : t('sponsorship.receive.no80gCash')}
          </Text>
        </Alert>
        <FormButtons
          onCancel={onCancel}
          submitLabel={t('sponsorship.receive.submit')}
          pending={receive.isPending}
          disabled={noAccount !== undefined}
        />
      </Stack>
    </form>
  );
}

/** Money in from a sponsor: the receipt is numbered by the server; afterwards it can be printed at once. */
export function ReceivePaymentModal({
  payer,
  sponsorships,
  onClose,
}: {
  payer: Payer;
  sponsorships: PayerSponsorship[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [received, setReceived] = useState<{ result: Received; amountPaise: number } | null>(null);
  return (
    <AppModal title={received ? t('sponsorship.receive.savedTitle') : t('sponsorship.receive.title')} size="lg" onClose={onClose}>
      {received ? (
        <ReceivedView received={received.result} amountPaise={received.amountPaise} onClose={onClose} />
      ) : (
        <ReceiveForm
          payer={payer}
          sponsorships={sponsorships}
          onReceived={(result, amountPaise) => setReceived({ result, amountPaise })}
          onCancel={onClose}
        />
      )}
    </AppModal>
  );
}
