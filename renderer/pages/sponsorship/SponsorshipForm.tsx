import { Alert, SegmentedControl, Select, SimpleGrid, Text, type SelectProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatDate } from '../../format';
import { todayIso } from '../cases/labels';
import { FormModal } from '../../components/FormModal';
import { chosen, paiseOf, unreadAmount } from '../../components/forms';
import { purposes, type Purpose } from './labels';
import { amountText, MoneyInput } from './money';
import { addMonths, monthLabel, monthOf, monthRange } from './months';
import { sponsorshipKeys, useSponsoredChildren, useSponsors } from './queries';

const fields = ['sponsorId', 'sponsoredChildId', 'purpose', 'monthlyPaise', 'startMonth'] as const;

/** The words of the two parties a sponsorship joins. */
const partyWords = {
  sponsor: {
    label: 'sponsorship.sponsorshipForm.sponsor',
    placeholder: 'sponsorship.sponsorshipForm.sponsorPlaceholder',
    nothingFound: 'sponsorship.sponsorshipForm.noSponsor',
  },
  child: {
    label: 'sponsorship.sponsorshipForm.child',
    placeholder: 'sponsorship.sponsorshipForm.childPlaceholder',
    nothingFound: 'sponsorship.sponsorshipForm.noChild',
  },
} as const;

/** The sponsor or the child, searched by code and name; fixed when the form was opened from their page. */
function PartySelect({
  party,
  fixed,
  ...select
}: { party: keyof typeof partyWords; fixed: boolean } & Omit<SelectProps<number>, 'label' | 'placeholder' | 'nothingFoundMessage'>) {
  const { t } = useTranslation();
  const words = partyWords[party];
  return (
    <Select<number>
      label={t(words.label)}
      placeholder={t(words.placeholder)}
      withAsterisk
      searchable
      disabled={fixed}
      nothingFoundMessage={t(words.nothingFound)}
      {...select}
    />
  );
}

/**
 * A new sponsorship: a sponsor takes on a child for a purpose and a monthly amount from a month on.
 * Opened from a sponsor's page (sponsor fixed) or a sponsored child's page (child fixed).
 */
export function SponsorshipFormModal({
  sponsorId: fixedSponsorId,
  sponsoredChildId: fixedChildId,
  onClose,
}: {
  sponsorId?: number;
  sponsoredChildId?: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const queryClient = useQueryClient();
  const sponsors = useSponsors('');
  const children = useSponsoredChildren(null);
  const thisMonth = monthOf(todayIso());
  const form = useForm({
    initialValues: {
      sponsorId: fixedSponsorId ?? null,
      sponsoredChildId: fixedChildId ?? null,
      purpose: 'living' as Purpose,
      // Until the coordinator types an amount (null), the family's monthly support is offered.
      monthlyPaise: null as string | null,
      startMonth: thisMonth,
    },
  });
  const { sponsorId, sponsoredChildId: childId, startMonth } = form.values;

  // The planned end is the day the child turns 18, from the register; the server computes it the same way.
  const child = useQuery({
    queryKey: sponsorshipKeys.child(childId ?? 0),
    queryFn: () => call('sponsoredChildren.get', { id: childId ?? 0 }),
    enabled: childId !== null,
  });
  const sponsor = (sponsors.data ?? []).find((s) => s.id === sponsorId);
  const plannedEnd = child.data?.plannedEnd ?? null;
  const amount = form.values.monthlyPaise ?? (child.data ? amountText(child.data.monthlySupportPaise) : '');

  const create = useMutation({
    mutationFn: (values: typeof form.values) =>
      call('sponsorships.create', {
        ...values,
        sponsorId: chosen(values.sponsorId),
        sponsoredChildId: chosen(values.sponsoredChildId),
        monthlyPaise: paiseOf(amount),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
      notifications.show({
        color: 'teal',
        message: plannedEnd
          ? t('sponsorship.sponsorshipForm.createdUntil', { date: formatDate(plannedEnd.date) })
          : t('sponsorship.sponsorshipForm.created'),
      });
      onClose();
    },
    onError: (error) => showError(t, error, form, fields, { monthlyPaise: unreadAmount(t, amount) }),
  });

  const months = monthRange(addMonths(thisMonth, -12), addMonths(thisMonth, 6));

  return (
    <FormModal
      title={t('sponsorship.sponsorshipForm.title')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((values) => create.mutate(values))}
      submitLabel={t('sponsorship.sponsorshipForm.submit')}
      pending={create.isPending}
    >
      <PartySelect
        party="sponsor"
        fixed={fixedSponsorId !== undefined}
        data={(sponsors.data ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))}
        {...form.getInputProps('sponsorId')}
      />
      <PartySelect
        party="child"
        fixed={fixedChildId !== undefined}
        data={(children.data ?? [])
          .filter((c) => c.status !== 'left' || c.id === fixedChildId)
          .map((c) => ({ value: c.id, label: `${c.childCode} ${c.name}` }))}
        {...form.getInputProps('sponsoredChildId')}
      />
      <SegmentedControl
        aria-label={t('sponsorship.sponsorshipForm.purpose')}
        {...form.getInputProps('purpose')}
        data={purposes.map((p) => ({ value: p, label: t(`sponsorship.purposes.${p}`) }))}
      />
      <SimpleGrid cols={2} spacing="sm">
        <MoneyInput label={t('sponsorship.sponsorshipForm.monthly')} withAsterisk {...form.getInputProps('monthlyPaise')} value={amount} />
        <Select
          label={t('sponsorship.sponsorshipForm.startMonth')}
          withAsterisk
          allowDeselect={false}
          data={months.map((m) => ({ value: m, label: monthLabel(m, lang) }))}
          {...form.getInputProps('startMonth')}
        />
      </SimpleGrid>
      {child.data && (
        <Text size="sm" c="dimmed" data-testid="planned-end">
          {plannedEnd
            ? t(plannedEnd.approximate ? 'sponsorship.sponsorshipForm.plannedEndApprox' : 'sponsorship.sponsorshipForm.plannedEnd', {
                date: formatDate(plannedEnd.date),
              })
            : t('sponsorship.sponsorshipForm.plannedEndUnknown')}
        </Text>
      )}
      {sponsor && sponsor.activeSponsorships > 0 && (
        <Text size="xs" c="dimmed">
          {t('sponsorship.sponsorshipForm.sponsorHasOthers', { count: sponsor.activeSponsorships })}
        </Text>
      )}
      {startMonth < thisMonth && (
        <Alert color="yellow" variant="light" p="xs">
          {t('sponsorship.sponsorshipForm.pastStart', { month: monthLabel(startMonth, lang) })}
        </Alert>
      )}
    </FormModal>
  );
}
