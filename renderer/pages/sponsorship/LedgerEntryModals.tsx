import { Alert, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cashAndBankAccounts, transferRefusal } from '../../../electron/shared/fcra';
import { call } from '../../api/client';
import { DateField, todayText } from '../../components/DateField';
import { NoteField } from '../../components/NoteField';
import { showError } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { dayOf, paiseOf, unreadAmount } from '../../components/forms';
import { isOneOf, type AccountCode } from './labels';
import { MoneyInput } from './money';
import { sponsorshipKeys } from './queries';

/** The money accounts: where cash and bank balances are kept, between which funds move and from which costs are paid. */
const moneyAccounts: readonly AccountCode[] = cashAndBankAccounts;
const accountChoice = (t: (key: `sponsorship.accounts.${AccountCode}`) => string, accounts: readonly AccountCode[]) =>
  accounts.map((a) => ({ value: a, label: t(`sponsorship.accounts.${a}`) }));
const expenseModes = ['cash', 'cheque', 'bank_transfer', 'upi'] as const;
type ExpenseMode = (typeof expenseModes)[number];

/** Where money may move from `from`: never to itself, never across the FCRA line. Never empty. */
const allowedTo = (from: AccountCode) => moneyAccounts.filter((a) => a !== from && !transferRefusal(from, a));

const transferFields = ['from', 'to', 'amountPaise', 'valueDate', 'reference', 'note'] as const;

/**
 * Money moved between the office's own accounts: a cash deposit, or foreign contribution moved from the
 * FCRA receipt account to the FCRA utilisation account. Foreign contribution never crosses to a local
 * account, nor local money into an FCRA one (FCRA 2010 s.7, s.17): such a pair is not offered, and why is said.
 */
export function TransferModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      from: 'fcra_receipt' as AccountCode,
      to: 'fcra_utilisation' as AccountCode,
      amountPaise: '',
      valueDate: todayText(),
      reference: '',
      note: '',
    },
  });
  const { from } = form.values;
  const refusedAcross = moneyAccounts.map((a) => transferRefusal(from, a)).find((r) => r && r.key !== 'errors.sponsorship.transferSame');

  const transfer = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('ledger.transfer', { ...values, amountPaise: paiseOf(values.amountPaise), valueDate: dayOf(values.valueDate) }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('sponsorship.transfer.done') });
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      onClose();
    },
    onError: (error, values) => showError(t, error, form, transferFields, { amountPaise: unreadAmount(t, values.amountPaise) }),
  });

  return (
    <FormModal
      title={t('sponsorship.transfer.title')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((values) => transfer.mutate(values))}
      submitLabel={t('sponsorship.transfer.submit')}
      pending={transfer.isPending}
    >
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('sponsorship.transfer.from')}
          withAsterisk
          allowDeselect={false}
          data={accountChoice(t, moneyAccounts)}
          {...form.getInputProps('from')}
          onChange={(v) => {
            const next = moneyAccounts.find((a) => a === v) ?? from;
            form.setFieldValue('from', next);
            if (!allowedTo(next).includes(form.values.to)) form.setFieldValue('to', allowedTo(next)[0] ?? next);
          }}
        />
        <Select
          label={t('sponsorship.transfer.to')}
          withAsterisk
          allowDeselect={false}
          data={accountChoice(t, allowedTo(from))}
          description={refusedAcross ? t(refusedAcross.key) : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('to')}
        />
        <MoneyInput label={t('sponsorship.transfer.amount')} withAsterisk {...form.getInputProps('amountPaise')} />
        <DateField label={t('sponsorship.transfer.date')} withAsterisk {...form.getInputProps('valueDate')} />
      </SimpleGrid>
      <TextInput label={t('sponsorship.transfer.reference')} maxLength={100} {...form.getInputProps('reference')} />
      <Textarea label={t('sponsorship.transfer.note')} autosize minRows={1} maxRows={4} maxLength={500} {...form.getInputProps('note')} />
    </FormModal>
  );
}

const expenseFields = ['account', 'amountPaise', 'valueDate', 'mode', 'reference', 'description'] as const;

/** An administrative cost paid from a money account, with a payment voucher: what FC-4 weighs against its 20% cap. */
export function ExpenseModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      account: 'office_cash' as AccountCode,
      mode: 'cash' as ExpenseMode,
      amountPaise: '',
      valueDate: todayText(),
      reference: '',
      description: '',
    },
  });
  const { account, mode } = form.values;

  const expense = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('ledger.expense', { ...values, amountPaise: paiseOf(values.amountPaise), valueDate: dayOf(values.valueDate) }),
    onSuccess: (saved) => {
      notifications.show({ color: 'teal', message: t('sponsorship.expense.done', { voucherNo: saved.voucherNo }) });
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      onClose();
    },
    onError: (error, values) => showError(t, error, form, expenseFields, { amountPaise: unreadAmount(t, values.amountPaise) }),
  });

  return (
    <FormModal
      title={t('sponsorship.expense.title')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((values) => expense.mutate(values))}
      submitLabel={t('sponsorship.expense.submit')}
      pending={expense.isPending}
    >
      <NoteField
        label={t('sponsorship.expense.description')}
        placeholder={t('sponsorship.expense.descriptionHint')}
        required
        data-autofocus
        minRows={1}
        maxRows={4}
        maxLength={500}
        {...form.getInputProps('description')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <MoneyInput label={t('sponsorship.expense.amount')} withAsterisk {...form.getInputProps('amountPaise')} />
        <DateField label={t('sponsorship.expense.date')} withAsterisk {...form.getInputProps('valueDate')} />
        <Select
          label={t('sponsorship.expense.account')}
          withAsterisk
          allowDeselect={false}
          data={accountChoice(t, moneyAccounts)}
          {...form.getInputProps('account')}
          onChange={(v) => {
            const next = moneyAccounts.find((a) => a === v) ?? account;
            form.setFieldValue('account', next);
            // Office cash is spent only in cash, and a bank account never in cash.
            if (next === 'office_cash') form.setFieldValue('mode', 'cash');
            else if (mode === 'cash') form.setFieldValue('mode', 'bank_transfer');
          }}
        />
        <Select
          label={t('sponsorship.expense.mode')}
          withAsterisk
          allowDeselect={false}
          data={expenseModes
            .filter((m) => (account === 'office_cash') === (m === 'cash'))
            .map((m) => ({ value: m, label: t(`sponsorship.modes.${m}`) }))}
          {...form.getInputProps('mode')}
          onChange={(v) => form.setFieldValue('mode', isOneOf(expenseModes, v) ? v : mode)}
        />
      </SimpleGrid>
      {mode !== 'cash' && (
        <TextInput label={t('sponsorship.expense.reference')} withAsterisk maxLength={100} {...form.getInputProps('reference')} />
      )}
      {(account === 'fcra_receipt' || account === 'fcra_utilisation') && (
        <Alert color="blue" variant="light" p="xs">
          <Text size="sm">{t('sponsorship.expense.fcraNote')}</Text>
        </Alert>
      )}
    </FormModal>
  );
}
