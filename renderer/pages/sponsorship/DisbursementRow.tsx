import {
  Badge,
  Button,
  Checkbox,
  CloseButton,
  FileButton,
  Group,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { accountFor, allowedAccounts, type Draft, type RowErrors } from './disbursementDrafts';
import { disbursementModes, isOneOf, recipientMarks, type Family } from './labels';
import { Money, MoneyInput } from './money';

const accepted = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
export const ROW_HEIGHT = 72;

function FundingBadge({ funding }: { funding: Family['funding'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={funding === 'sponsor' ? 'teal' : 'grape'} variant="light" radius="sm" tt="none" size="xs" miw="max-content">
      {t(`sponsorship.funding.${funding}`)}
    </Badge>
  );
}

/** Who is paid: the child, the guardian, whose money it is, and whether the month is already overdue. */
function ChildCell({ family }: { family: Family }) {
  const { t } = useTranslation();
  return (
    <Table.Td maw={250}>
      <Text size="sm" fw={600} truncate title={family.name}>
        {family.name}
      </Text>
      <Text size="xs" c="dimmed" truncate title={family.guardianName}>
        <Text span ff="monospace" inherit>
          {family.childCode}
        </Text>{' '}
        · {family.guardianName}
      </Text>
      <Group gap={4} wrap="nowrap" mt={2}>
        <FundingBadge funding={family.funding} />
        {family.state === 'overdue' && (
          <Badge color="red" variant="outline" radius="sm" tt="none" size="xs" miw="max-content">
            {t('sponsorship.familyStates.overdue')}
          </Badge>
        )}
      </Group>
    </Table.Td>
  );
}

/** A family as it stands for the month, without inputs: paid (with its voucher), or due for those who only read. */
export const StatusRow = memo(function StatusRow({ family }: { family: Family }) {
  const { t } = useTranslation();
  const paid = family.state === 'paid';
  return (
    <Table.Tr style={{ height: ROW_HEIGHT }} aria-label={family.name} bg={paid ? 'gray.0' : undefined}>
      <Table.Td>
        <Checkbox aria-label={t('sponsorship.pay.selectRow', { name: family.name })} checked={paid} disabled readOnly />
      </Table.Td>
      <ChildCell family={family} />
      <Table.Td ta="right">
        <Money paise={family.amountPaise} size="sm" />
      </Table.Td>
      <Table.Td colSpan={4}>
        <Group gap="xs">
          <Badge
            color={paid ? 'teal' : family.state === 'overdue' ? 'red' : 'gray'}
            variant={paid ? 'filled' : 'light'}
            radius="sm"
            tt="none"
          >
            {t(`sponsorship.familyStates.${family.state}`)}
          </Badge>
          {paid && (
            <Text span size="sm" ff="monospace">
              {family.voucherNo}
            </Text>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});

/** One family of the batch: whether to pay it, how much, how, from which account, and the proof of it. */
export const DraftRow = memo(function DraftRow({
  family,
  draft,
  errors,
  foreignSponsor,
  onChange,
}: {
  family: Family;
  draft: Draft;
  errors: RowErrors | undefined;
  foreignSponsor: boolean;
  onChange: (id: number, patch: Partial<Draft>) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<Draft>) => onChange(family.sponsoredChildId, patch);
  const accounts = allowedAccounts(draft.mode, family.funding, foreignSponsor);
  const name = family.name;
  return (
    <Table.Tr
      style={{ height: ROW_HEIGHT, verticalAlign: 'top' }}
      aria-label={name}
      bg={errors?.row ? 'red.0' : draft.selected ? 'teal.0' : undefined}
    >
      <Table.Td pt={14}>
        <Checkbox
          aria-label={t('sponsorship.pay.selectRow', { name })}
          checked={draft.selected}
          onChange={(e) => set({ selected: e.currentTarget.checked })}
        />
      </Table.Td>
      <ChildCell family={family} />
      <Table.Td>
        <MoneyInput
          size="xs"
          w={110}
          aria-label={t('sponsorship.pay.amountFor', { name })}
          value={draft.amount}
          error={errors?.amount}
          onChange={(amount) => set({ amount })}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={130}
          aria-label={t('sponsorship.pay.modeFor', { name })}
          allowDeselect={false}
          data={disbursementModes.map((m) => ({ value: m, label: t(`sponsorship.modes.${m}`) }))}
          value={draft.mode}
          error={errors?.mode}
          onChange={(v) => {
            const mode = isOneOf(disbursementModes, v) ? v : draft.mode;
            set({ mode, account: accountFor(mode, family, foreignSponsor, draft.account) });
          }}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={200}
          aria-label={t('sponsorship.pay.accountFor', { name })}
          allowDeselect={false}
          data={accounts.map((a) => ({ value: a, label: t(`sponsorship.accounts.${a}`) }))}
          value={accounts.includes(draft.account) ? draft.account : null}
          error={errors?.account}
          onChange={(v) => {
            const account = accounts.find((a) => a === v);
            if (account) set({ account });
          }}
        />
      </Table.Td>
      <Table.Td>
        {draft.mode === 'cash' && (
          <Stack gap={4}>
            <TextInput
              size="xs"
              w={200}
              aria-label={t('sponsorship.pay.recipientFor', { name })}
              placeholder={t('sponsorship.pay.recipient')}
              value={draft.recipientName}
              error={errors?.recipientName}
              onChange={(e) => set({ recipientName: e.currentTarget.value })}
            />
            <Radio.Group
              aria-label={t('sponsorship.pay.markFor', { name })}
              value={draft.recipientMark}
              onChange={(v) => set({ recipientMark: isOneOf(recipientMarks, v) ? v : null })}
              error={errors?.recipientMark}
              size="xs"
            >
              <Group gap="md" wrap="nowrap">
                {recipientMarks.map((m) => (
                  <Radio key={m} value={m} size="xs" label={t(`sponsorship.marks.${m}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
        )}
        {draft.mode === 'bank_transfer' && (
          <TextInput
            size="xs"
            w={200}
            aria-label={t('sponsorship.pay.referenceFor', { name })}
            placeholder={t('sponsorship.pay.reference')}
            value={draft.reference}
            error={errors?.reference}
            onChange={(e) => set({ reference: e.currentTarget.value })}
          />
        )}
        {draft.mode === 'in_kind' && (
          <TextInput
            size="xs"
            w={200}
            aria-label={t('sponsorship.pay.descriptionFor', { name })}
            placeholder={t('sponsorship.pay.description')}
            value={draft.inKindDescription}
            error={errors?.inKindDescription}
            onChange={(e) => set({ inKindDescription: e.currentTarget.value })}
          />
        )}
        {errors?.row && (
          <Text size="xs" c="red" mt={2}>
            {errors.row}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {draft.proof ? (
          <Group gap={2} wrap="nowrap">
            <Tooltip label={draft.proof.name}>
              <Text size="xs" maw={90} truncate>
                {draft.proof.name}
              </Text>
            </Tooltip>
            <CloseButton size="xs" aria-label={t('sponsorship.pay.removeProof', { name })} onClick={() => set({ proof: null })} />
          </Group>
        ) : (
          <FileButton
            accept={accepted}
            onChange={(file) => set({ proof: file })}
            inputProps={{ 'aria-label': t('sponsorship.pay.proofFor', { name }) }}
          >
            {(props) => (
              <Button {...props} size="compact-xs" variant="default" color={errors?.proof ? 'red' : undefined}>
                {t('sponsorship.pay.attach')}
              </Button>
            )}
          </FileButton>
        )}
        {errors?.proof && (
          <Text size="xs" c="red">
            {errors.proof}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
});
