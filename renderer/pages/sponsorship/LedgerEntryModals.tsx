import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cashAndBankAccounts, transferRefusal } from '../../../electron/shared/fcra';
import { parseRupees } from '../../../electron/shared/money';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { DateField, parseDay, todayText } from '../cases/parts';
import { useFieldErrors } from '../register/useFieldErrors';
import { isOneOf, type AccountCode } from './labels';
import { MoneyInput } from './money';
import { sponsorshipKeys } from './queries';

/** The money accounts: where cash and bank balances are kept, between which funds move and from which costs are paid. */
const moneyAccounts: readonly AccountCode[] = cashAndBankAccounts;
const expenseModes = ['cash', 'cheque', 'bank_transfer', 'upi'] as const;
type ExpenseMode = (typeof expenseModes)[number];

function EntryModal({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Modal>
  );
}

const transferFields = ['from', 'to', 'amountPaise', 'valueDate', 'reference', 'note'] as const;
type TransferField = (typeof transferFields)[number];

/**
 * Money moved between the office's own accounts: a cash deposit, or foreign contribution moved from the
 * FCRA receipt account to the FCRA utilisation account. Foreign contribution never crosses to a local
 * account, nor local money into an FCRA one (FCRA 2010 s.7, s.17): such a pair is not offered, and why is said.
 */
export function TransferModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState<AccountCode>('fcra_receipt');
  const [to, setTo] = useState<AccountCode | null>('fcra_utilisation');
  const [amount, setAmount] = useState('');
  const [valueDate, setValueDate] = useState(todayText);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const form = useFieldErrors<TransferField>();

  const allowedTo = moneyAccounts.filter((a) => a !== from && !transferRefusal(from, a));
  const refusedAcross = moneyAccounts.map((a) => transferRefusal(from, a)).find((r) => r && r.key !== 'errors.sponsorship.transferSame');

  const transfer = useMutation({
    mutationFn: (input: { from: AccountCode; to: AccountCode; amountPaise: number; valueDate: string }) =>
      call('ledger.transfer', { ...input, reference, note }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('sponsorship.transfer.done') });
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, transferFields),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const iso = parseDay(valueDate);
    const amountPaise = parseRupees(amount);
    if (!to) form.setFieldError('to', t('errors.required'));
    if (!iso) form.setFieldError('valueDate', valueDate.trim() ? t('errors.date') : t('errors.required'));
    if (amountPaise === null || amountPaise === 0) form.setFieldError('amountPaise', t('sponsorship.amountInvalid'));
    if (to && iso && amountPaise) transfer.mutate({ from, to, amountPaise, valueDate: iso });
  };

  return (
    <EntryModal title={t('sponsorship.transfer.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('sponsorship.transfer.from')}
              withAsterisk
              allowDeselect={false}
              data={moneyAccounts.map((a) => ({ value: a, label: t(`sponsorship.accounts.${a}`) }))}
              value={from}
              error={form.errors.from}
              onChange={(v) => {
                const next = moneyAccounts.find((a) => a === v) ?? from;
                setFrom(next);
                if (to && (to === next || transferRefusal(next, to))) setTo(null);
              }}
            />
            <Select
              label={t('sponsorship.transfer.to')}
              withAsterisk
              allowDeselect={false}
              placeholder={t('sponsorship.choose')}
              data={allowedTo.map((a) => ({ value: a, label: t(`sponsorship.accounts.${a}`) }))}
              value={to}
              error={form.errors.to}
              description={refusedAcross ? t(refusedAcross.key as never) : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              onChange={(v) => {
                setTo(allowedTo.find((a) => a === v) ?? null);
                form.clearFieldError('to');
              }}
            />
            <MoneyInput
              label={t('sponsorship.transfer.amount')}
              withAsterisk
              value={amount}
              error={form.errors.amountPaise}
              onChange={(e) => {
                setAmount(e.currentTarget.value);
                form.clearFieldError('amountPaise');
              }}
            />
            <DateField
              label={t('sponsorship.transfer.date')}
              withAsterisk
              value={valueDate}
              error={form.errors.valueDate}
              onChange={(e) => {
                setValueDate(e.currentTarget.value);
                form.clearFieldError('valueDate');
              }}
            />
          </SimpleGrid>
          <TextInput
            label={t('sponsorship.transfer.reference')}
            maxLength={100}
            value={reference}
            error={form.errors.reference}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
          <Textarea
            label={t('sponsorship.transfer.note')}
            autosize
            minRows={1}
            maxRows={4}
            maxLength={500}
            value={note}
            error={form.errors.note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={transfer.isPending}>
              {t('sponsorship.transfer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EntryModal>
  );
}

const expenseFields = ['account', 'amountPaise', 'valueDate', 'mode', 'reference', 'description'] as const;
type ExpenseField = (typeof expenseFields)[number];

/** An administrative cost paid from a money account, with a payment voucher: what FC-4 weighs against its 20% cap. */
export function ExpenseModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [account, setAccount] = useState<AccountCode>('office_cash');
  const [mode, setMode] = useState<ExpenseMode>('cash');
  const [amount, setAmount] = useState('');
  const [valueDate, setValueDate] = useState(todayText);
  const [reference, setReference] = useState('');
  const [description, setDescription] = useState('');
  const form = useFieldErrors<ExpenseField>();

  const expense = useMutation({
    mutationFn: (input: { amountPaise: number; valueDate: string }) =>
      call('ledger.expense', { ...input, account, mode, reference, description: description.trim() }),
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('sponsorship.expense.done', { voucherNo: saved.voucherNo }) });
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      onClose();
    },
    onError: (error) => showError(t, error, form, expenseFields),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const iso = parseDay(valueDate);
    const amountPaise = parseRupees(amount);
    if (!iso) form.setFieldError('valueDate', valueDate.trim() ? t('errors.date') : t('errors.required'));
    if (amountPaise === null || amountPaise === 0) form.setFieldError('amountPaise', t('sponsorship.amountInvalid'));
    if (!description.trim()) form.setFieldError('description', t('errors.required'));
    if (iso && amountPaise && description.trim()) expense.mutate({ amountPaise, valueDate: iso });
  };

  return (
    <EntryModal title={t('sponsorship.expense.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('sponsorship.expense.description')}
            placeholder={t('sponsorship.expense.descriptionHint')}
            withAsterisk
            data-autofocus
            autosize
            minRows={1}
            maxRows={4}
            maxLength={500}
            value={description}
            error={form.errors.description}
            onChange={(e) => {
              setDescription(e.currentTarget.value);
              form.clearFieldError('description');
            }}
          />
          <SimpleGrid cols={2} spacing="sm">
            <MoneyInput
              label={t('sponsorship.expense.amount')}
              withAsterisk
              value={amount}
              error={form.errors.amountPaise}
              onChange={(e) => {
                setAmount(e.currentTarget.value);
                form.clearFieldError('amountPaise');
              }}
            />
            <DateField
              label={t('sponsorship.expense.date')}
              withAsterisk
              value={valueDate}
              error={form.errors.valueDate}
              onChange={(e) => {
                setValueDate(e.currentTarget.value);
                form.clearFieldError('valueDate');
              }}
            />
            <Select
              label={t('sponsorship.expense.account')}
              withAsterisk
              allowDeselect={false}
              data={moneyAccounts.map((a) => ({ value: a, label: t(`sponsorship.accounts.${a}`) }))}
              value={account}
              error={form.errors.account}
              onChange={(v) => {
                const next = moneyAccounts.find((a) => a === v) ?? account;
                setAccount(next);
                // Office cash is spent only in cash, and a bank account never in cash.
                if (next === 'office_cash') setMode('cash');
                else if (mode === 'cash') setMode('bank_transfer');
              }}
            />
            <Select
              label={t('sponsorship.expense.mode')}
              withAsterisk
              allowDeselect={false}
              data={expenseModes
                .filter((m) => (account === 'office_cash') === (m === 'cash'))
                .map((m) => ({ value: m, label: t(`sponsorship.modes.${m}`) }))}
              value={mode}
              error={form.errors.mode}
              onChange={(v) => setMode(isOneOf(expenseModes, v) ? v : mode)}
            />
          </SimpleGrid>
          {mode !== 'cash' && (
            <TextInput
              label={t('sponsorship.expense.reference')}
              withAsterisk
              maxLength={100}
              value={reference}
              error={form.errors.reference}
              onChange={(e) => {
                setReference(e.currentTarget.value);
                form.clearFieldError('reference');
              }}
            />
          )}
          {(account === 'fcra_receipt' || account === 'fcra_utilisation') && (
            <Alert color="blue" variant="light" p="xs">
              <Text size="sm">{t('sponsorship.expense.fcraNote')}</Text>
            </Alert>
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={expense.isPending}>
              {t('sponsorship.expense.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </EntryModal>
  );
}
