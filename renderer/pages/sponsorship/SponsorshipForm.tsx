import { Alert, Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { parseRupees } from '../../../electron/shared/money';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { formatDate } from '../../format';
import { todayIso } from '../cases/labels';
import { useFieldErrors } from '../register/useFieldErrors';
import { isOneOf, purposes, type Purpose } from './labels';
import { amountText, MoneyInput } from './money';
import { addMonths, monthLabel, monthOf, monthRange } from './months';
import { sponsorshipKeys, useSponsoredChildren, useSponsors } from './queries';

type SponsorshipInput = ApiInput<'sponsorships.create'>;
const fields = ['sponsorId', 'sponsoredChildId', 'purpose', 'monthlyPaise', 'startMonth'] as const;
type Field = (typeof fields)[number];

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
  const [sponsorId, setSponsorId] = useState<number | null>(fixedSponsorId ?? null);
  const [childId, setChildId] = useState<number | null>(fixedChildId ?? null);
  const [purpose, setPurpose] = useState<Purpose>('living');
  // Until the coordinator types an amount, the family's monthly support is offered.
  const [typedAmount, setTypedAmount] = useState<string | null>(null);
  const thisMonth = monthOf(todayIso());
  const [startMonth, setStartMonth] = useState(thisMonth);
  const form = useFieldErrors<Field>();

  // The planned end is the day the child turns 18, from the register; the server computes it the same way.
  const child = useQuery({
    queryKey: sponsorshipKeys.child(childId ?? 0),
    queryFn: () => call('sponsoredChildren.get', { id: childId ?? 0 }),
    enabled: childId !== null,
  });
  const sponsor = (sponsors.data ?? []).find((s) => s.id === sponsorId);
  const plannedEnd = child.data?.plannedEnd ?? null;
  const amount = typedAmount ?? (child.data ? amountText(child.data.monthlySupportPaise) : '');

  const create = useMutation({
    mutationFn: (input: SponsorshipInput) => call('sponsorships.create', input),
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
    onError: (error) => showError(t, error, form, fields),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const monthlyPaise = parseRupees(amount);
    if (sponsorId === null) form.setFieldError('sponsorId', t('sponsorship.sponsorshipForm.chooseSponsor'));
    if (childId === null) form.setFieldError('sponsoredChildId', t('sponsorship.sponsorshipForm.chooseChild'));
    if (monthlyPaise === null || monthlyPaise === 0) form.setFieldError('monthlyPaise', t('sponsorship.amountInvalid'));
    if (sponsorId === null || childId === null || monthlyPaise === null || monthlyPaise === 0) return;
    create.mutate({ sponsorId, sponsoredChildId: childId, purpose, monthlyPaise, startMonth });
  };

  const months = monthRange(addMonths(thisMonth, -12), addMonths(thisMonth, 6));

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sponsorship.sponsorshipForm.title')}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select<number>
            label={t('sponsorship.sponsorshipForm.sponsor')}
            placeholder={t('sponsorship.sponsorshipForm.sponsorPlaceholder')}
            withAsterisk
            searchable
            disabled={fixedSponsorId !== undefined}
            data={(sponsors.data ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))}
            value={sponsorId}
            error={form.errors.sponsorId}
            nothingFoundMessage={t('sponsorship.sponsorshipForm.noSponsor')}
            onChange={(v) => {
              setSponsorId(v);
              form.clearFieldError('sponsorId');
            }}
          />
          <Select<number>
            label={t('sponsorship.sponsorshipForm.child')}
            placeholder={t('sponsorship.sponsorshipForm.childPlaceholder')}
            withAsterisk
            searchable
            disabled={fixedChildId !== undefined}
            data={(children.data ?? [])
              .filter((c) => c.status !== 'left' || c.id === fixedChildId)
              .map((c) => ({ value: c.id, label: `${c.childCode} ${c.name}` }))}
            value={childId}
            error={form.errors.sponsoredChildId}
            nothingFoundMessage={t('sponsorship.sponsorshipForm.noChild')}
            onChange={(v) => {
              setChildId(v);
              form.clearFieldError('sponsoredChildId');
            }}
          />
          <SegmentedControl
            aria-label={t('sponsorship.sponsorshipForm.purpose')}
            value={purpose}
            onChange={(v) => setPurpose(isOneOf(purposes, v) ? v : 'living')}
            data={purposes.map((p) => ({ value: p, label: t(`sponsorship.purposes.${p}`) }))}
          />
          <SimpleGrid cols={2} spacing="sm">
            <MoneyInput
              label={t('sponsorship.sponsorshipForm.monthly')}
              withAsterisk
              value={amount}
              error={form.errors.monthlyPaise}
              onChange={(e) => {
                setTypedAmount(e.currentTarget.value);
                form.clearFieldError('monthlyPaise');
              }}
            />
            <Select
              label={t('sponsorship.sponsorshipForm.startMonth')}
              withAsterisk
              allowDeselect={false}
              data={months.map((m) => ({ value: m, label: monthLabel(m, lang) }))}
              value={startMonth}
              error={form.errors.startMonth}
              onChange={(v) => v && setStartMonth(v)}
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
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('sponsorship.sponsorshipForm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
