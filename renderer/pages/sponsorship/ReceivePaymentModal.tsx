import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { eligibleFor80g, receiptAccountChoices } from '../../../electron/shared/fcra';
import { parseRupees } from '../../../electron/shared/money';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { DateField, parseDay, todayText } from '../cases/parts';
import { useFieldErrors } from '../register/useFieldErrors';
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

type Received = ApiResult<'ledger.receive'>;
type ReceiveInput = ApiInput<'ledger.receive'>;

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
type Field = (typeof fields)[number];

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
  const [valueDate, setValueDate] = useState(todayText);
  const [amount, setAmount] = useState('');
  const [mode, setMode] = useState<PaymentMode>('bank_transfer');
  const [account, setAccount] = useState<ReceiptAccount>(usualReceiptAccount('bank_transfer', foreign));
  const [reference, setReference] = useState('');
  const [inKindDescription, setInKindDescription] = useState('');
  const [sponsorshipId, setSponsorshipId] = useState<number | null>(sponsorships.length === 1 ? (sponsorships[0]?.id ?? null) : null);
  const form = useFieldErrors<Field>();

  const receive = useMutation({
    mutationFn: (input: ReceiveInput) => call('ledger.receive', input),
    onSuccess: (received, input) => {
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      onReceived(received, input.amountPaise);
    },
    onError: (error) => showError(t, error, form, fields),
  });

  const amountPaise = parseRupees(amount);
  // The server decides; this is the same rule, so the coordinator sees it before saving.
  const eligible80g = eligibleFor80g({ ...payer, mode, amountPaise: amountPaise ?? 0 });
  // The same rules the server applies: a foreign source only into the FCRA receipt account (FCRA 2010 s.17),
  // never in cash; gifts in kind only into the in-kind stock. Only what may be chosen is offered.
  const choices = receiptAccountChoices(payer.citizenship, mode);
  const accounts: ReceiptAccount[] = receiptAccounts.filter((a) => choices.some((c) => c.account === a && !c.refusal));
  const noAccount = accounts.length === 0 ? choices.find((c) => c.refusal)?.refusal : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const iso = parseDay(valueDate);
    if (!iso) form.setFieldError('valueDate', valueDate.trim() ? t('errors.date') : t('errors.required'));
    if (amountPaise === null || amountPaise === 0) form.setFieldError('amountPaise', t('sponsorship.amountInvalid'));
    if (mode === 'in_kind' && !inKindDescription.trim()) form.setFieldError('inKindDescription', t('errors.required'));
    if (!iso || amountPaise === null || amountPaise === 0 || (mode === 'in_kind' && !inKindDescription.trim())) return;
    receive.mutate({
      sponsorId: payer.id,
      ...(sponsorshipId !== null ? { sponsorshipId } : {}),
      valueDate: iso,
      amountPaise,
      mode,
      account,
      ...(reference.trim() ? { reference: reference.trim() } : {}),
      ...(mode === 'in_kind' ? { inKindDescription: inKindDescription.trim() } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
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
          <DateField
            label={t('sponsorship.receive.date')}
            withAsterisk
            value={valueDate}
            error={form.errors.valueDate}
            onChange={(e) => {
              setValueDate(e.currentTarget.value);
              form.clearFieldError('valueDate');
            }}
          />
          <MoneyInput
            label={t('sponsorship.receive.amount')}
            withAsterisk
            data-autofocus
            value={amount}
            error={form.errors.amountPaise}
            onChange={(e) => {
              setAmount(e.currentTarget.value);
              form.clearFieldError('amountPaise');
            }}
          />
          <Select
            label={t('sponsorship.receive.mode')}
            withAsterisk
            allowDeselect={false}
            data={receiptModes.map((m) => ({ value: m, label: t(`sponsorship.modes.${m}`) }))}
            value={mode}
            error={form.errors.mode}
            onChange={(v) => {
              const next = isOneOf(receiptModes, v) ? v : 'bank_transfer';
              setMode(next);
              setAccount(usualReceiptAccount(next, foreign));
              form.clearFieldError('mode');
              form.clearFieldError('account');
            }}
          />
          <Select
            label={t('sponsorship.receive.account')}
            withAsterisk
            allowDeselect={false}
            data={accounts.map((a) => ({ value: a, label: t(`sponsorship.accounts.${a}`) }))}
            value={accounts.includes(account) ? account : null}
            error={form.errors.account ?? (noAccount ? t(noAccount.key as never) : undefined)}
            description={foreign ? t('sponsorship.receive.fcraOnly') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            onChange={(v) => {
              if (isOneOf(receiptAccounts, v)) setAccount(v);
              form.clearFieldError('account');
            }}
          />
        </SimpleGrid>
        {mode === 'in_kind' ? (
          <TextInput
            label={t('sponsorship.receive.inKindDescription')}
            description={t('sponsorship.receive.inKindHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk
            maxLength={300}
            value={inKindDescription}
            error={form.errors.inKindDescription}
            onChange={(e) => {
              setInKindDescription(e.currentTarget.value);
              form.clearFieldError('inKindDescription');
            }}
          />
        ) : (
          <TextInput
            label={t('sponsorship.receive.reference')}
            withAsterisk={mode !== 'cash'}
            description={t(`sponsorship.receive.referenceHint.${mode}`)}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            maxLength={100}
            value={reference}
            error={form.errors.reference}
            onChange={(e) => {
              setReference(e.currentTarget.value);
              form.clearFieldError('reference');
            }}
          />
        )}
        {sponsorships.length > 0 && (
          <Select<number>
            label={t('sponsorship.receive.sponsorship')}
            placeholder={t('sponsorship.receive.anySponsorship')}
            clearable
            data={sponsorships.map((s) => ({ value: s.id, label: s.label }))}
            value={sponsorshipId}
            error={form.errors.sponsorshipId}
            onChange={setSponsorshipId}
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
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={receive.isPending} disabled={noAccount !== undefined}>
            {t('sponsorship.receive.submit')}
          </Button>
        </Group>
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
    <Modal
      opened
      onClose={onClose}
      title={received ? t('sponsorship.receive.savedTitle') : t('sponsorship.receive.title')}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
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
    </Modal>
  );
}
