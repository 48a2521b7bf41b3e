import { Alert, Button, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { parseRupees } from '../../../electron/shared/money';
import { call } from '../../api/client';
import { errorText, fieldProblems, problemText } from '../../components/errors';
import { dayOf, unreadAmount } from '../../components/forms';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { DateField, todayText } from '../../components/DateField';
import { accountFor, defaultDraft, draftFieldOf, itemOf, type Balances, type Draft, type RowErrors } from './disbursementDrafts';
import { BatchTable, useForeignSponsorships } from './DisbursementTable';
import { disbursementAccounts, disbursementModes, isOneOf, type DisbursementMode, type Family } from './labels';
import { Money } from './money';
import { MonthPageTitle } from './MonthPageTitle';
import { monthLabel } from './months';
import { PaySummaryModal, paySummary } from './PaySummaryModal';
import { sponsorshipKeys, useDue, useTrialBalance } from './queries';
import { readBase64 } from '../../components/fileBase64';

type Batch = ApiInput<'ledger.disburse'>;

/** The month's support to families: who is due, paid, overdue; the chosen ones paid in one batch, all or nothing. */
export function DisbursementPage({ month, me }: { month: string | null; me: Me }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const queryClient = useQueryClient();
  const current = useDue(null);
  const due = useDue(month);
  const foreign = useForeignSponsorships();
  const trial = useTrialBalance(null);
  // "Paid from" starts where the money is, so the drafts wait for the balances.
  const balances: Balances | null = useMemo(
    () =>
      trial.data
        ? new Map(trial.data.accounts.flatMap((a) => (isOneOf(disbursementAccounts, a.code) ? [[a.code, a.balancePaise] as const] : [])))
        : null,
    [trial.data],
  );
  const writes = can(me, 'sponsorship.write');
  const shownMonth = due.data?.month ?? month;
  const families = useMemo(() => due.data?.families ?? [], [due.data]);

  const [edits, setEdits] = useState<{ month: string | null; drafts: Map<number, Draft> }>({ month: null, drafts: new Map() });
  const [errors, setErrors] = useState<Map<number, RowErrors>>(new Map());
  const [batchError, setBatchError] = useState<string | null>(null);
  const [valueDate, setValueDate] = useState(todayText);
  const [dateError, setDateError] = useState<string | null>(null);
  const [modeForAll, setModeForAll] = useState<DisbursementMode | null>(null);
  const [confirming, setConfirming] = useState(false);

  // Drafts belong to the month on screen; another month starts from each family's usual way of being paid.
  const drafts = useMemo(() => {
    const own = edits.month === shownMonth ? edits.drafts : new Map<number, Draft>();
    const out = new Map<number, Draft>();
    for (const f of families) {
      if (f.state === 'paid' || !writes || !balances) continue;
      out.set(
        f.sponsoredChildId,
        own.get(f.sponsoredChildId) ?? defaultDraft(f, f.sponsorshipId !== null && foreign.has(f.sponsorshipId), balances),
      );
    }
    return out;
  }, [edits, shownMonth, families, foreign, writes, balances]);

  const update = useCallback(
    (patcher: (d: Map<number, Draft>) => void) => {
      const next = new Map(drafts);
      patcher(next);
      setEdits({ month: shownMonth, drafts: next });
      setBatchError(null);
    },
    [drafts, shownMonth],
  );
  const onChange = useCallback(
    (id: number, patch: Partial<Draft>) => {
      update((d) => {
        const before = d.get(id);
        if (before) d.set(id, { ...before, ...patch });
      });
      setErrors((e) => {
        if (!e.has(id)) return e;
        const next = new Map(e);
        next.delete(id);
        return next;
      });
    },
    [update],
  );
  const selectAll = (selected: boolean) =>
    update((d) => {
      for (const [id, draft] of d) d.set(id, { ...draft, selected });
    });
  const applyModeToSelected = (mode: DisbursementMode) =>
    update((d) => {
      for (const f of families) {
        const draft = d.get(f.sponsoredChildId);
        if (!draft?.selected) continue;
        const isForeign = f.sponsorshipId !== null && foreign.has(f.sponsorshipId);
        d.set(f.sponsoredChildId, { ...draft, mode, account: accountFor(mode, f, isForeign, draft.account, balances ?? undefined) });
      }
    });

  const selected = families.filter((f) => drafts.get(f.sponsoredChildId)?.selected);
  const selectedTotal = selected.reduce((sum, f) => sum + (parseRupees(drafts.get(f.sponsoredChildId)?.amount ?? '') ?? 0), 0);

  const pay = useMutation({
    mutationFn: async (batch: { month: string; valueDate: string; chosen: Family[] }) => {
      const items = await Promise.all(
        batch.chosen.map(async (f) => {
          const draft = drafts.get(f.sponsoredChildId);
          if (!draft) throw new Error(f.childCode);
          const proof = draft.proof ? { fileName: draft.proof.name, contentBase64: await readBase64(draft.proof) } : null;
          return itemOf(f, draft, proof);
        }),
      );
      const input: Batch = { month: batch.month, valueDate: batch.valueDate, items };
      return call('ledger.disburse', input);
    },
    onSuccess: (result) => {
      const vouchers = result.postings.map((p) => p.voucherNo);
      notifications.show({
        color: 'teal',
        title: t('sponsorship.pay.doneTitle'),
        message: t('sponsorship.pay.done', {
          count: vouchers.length,
          formatted: formatNumber(vouchers.length),
          vouchers: vouchers.length > 1 ? `${vouchers[0] ?? ''} – ${vouchers[vouchers.length - 1] ?? ''}` : (vouchers[0] ?? ''),
        }),
        autoClose: 10_000,
      });
      setEdits({ month: null, drafts: new Map() });
      void queryClient.invalidateQueries({ queryKey: sponsorshipKeys.all });
    },
    onError: (error, batch) => {
      // All or nothing: the server names every bad line (items.<i>.<field>); each row shows its own, and
      // the banner says nothing was paid.
      const rows = new Map<number, RowErrors>();
      let first: Family | undefined;
      for (const problem of fieldProblems(error)) {
        const index = /^items\.(\d+)/.exec(problem.field)?.[1];
        const family = index === undefined ? undefined : batch.chosen[Number(index)];
        const draft = family && drafts.get(family.sponsoredChildId);
        if (problem.field === 'valueDate') setDateError(problemText(t, problem));
        if (!family || !draft) continue;
        const field = draftFieldOf(problem.field);
        const text = field === 'amount' ? (unreadAmount(t, draft.amount) ?? problemText(t, problem)) : problemText(t, problem);
        rows.set(family.sponsoredChildId, { ...rows.get(family.sponsoredChildId), [field]: text });
        first ??= family;
      }
      setErrors(rows);
      if (first) {
        setBatchError(t('sponsorship.pay.fixRows', { count: rows.size, formatted: formatNumber(rows.size), name: first.name }));
      } else if (fieldProblems(error).every((p) => p.field !== 'valueDate')) {
        setBatchError(t('sponsorship.pay.refused', { message: errorText(t, error) }));
      }
    },
  });

  const submit = () => {
    setConfirming(false);
    setBatchError(null);
    setDateError(null);
    setErrors(new Map());
    if (shownMonth && selected.length) pay.mutate({ month: shownMonth, valueDate: dayOf(valueDate), chosen: selected });
  };

  const counts = { due: 0, overdue: 0, paid: 0 };
  for (const f of families) counts[f.state] += 1;

  return (
    <Stack gap="sm">
      <MonthPageTitle
        title={t('sponsorship.pay.title')}
        month={shownMonth}
        latest={current.data?.month ?? null}
        path="/sponsorship/payments"
      />
      {due.isError && (
        <Alert color="red" title={t('common.errorTitle')}>
          {errorText(t, due.error)}
        </Alert>
      )}
      {(due.isPending || (writes && trial.isPending)) && <Loader size="sm" />}
      {shownMonth && (
        <PaySummaryModal
          summary={confirming && balances ? paySummary(selected, drafts, balances) : null}
          month={monthLabel(shownMonth, lang)}
          paidOn={valueDate}
          onCancel={() => setConfirming(false)}
          onConfirm={submit}
        />
      )}
      {due.data && shownMonth && (
        <>
          <Text size="sm" c="dimmed" data-testid="batch-counts">
            {t('sponsorship.pay.counts', {
              month: monthLabel(shownMonth, lang),
              due: formatNumber(counts.due),
              overdue: formatNumber(counts.overdue),
              paid: formatNumber(counts.paid),
            })}
          </Text>
          {families.length === 0 ? (
            <Paper withBorder p="xl">
              <Text c="dimmed" ta="center">
                {t('sponsorship.pay.noFamilies')}
              </Text>
            </Paper>
          ) : (
            <>
              {counts.due + counts.overdue === 0 && (
                <Text size="sm" c="teal" fw={500}>
                  {t('sponsorship.due.allPaid')}
                </Text>
              )}
              {writes && counts.due + counts.overdue > 0 && (
                <Paper withBorder p="sm">
                  <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
                    <Group align="flex-end" gap="sm">
                      <DateField
                        label={t('sponsorship.pay.paidOn')}
                        w={150}
                        size="sm"
                        value={valueDate}
                        error={dateError}
                        onChange={(e) => {
                          setValueDate(e.currentTarget.value);
                          setDateError(null);
                        }}
                      />
                      <Select
                        label={t('sponsorship.pay.modeForAll')}
                        placeholder={t('sponsorship.choose')}
                        w={190}
                        data={disbursementModes.map((m) => ({ value: m, label: t(`sponsorship.modes.${m}`) }))}
                        value={modeForAll}
                        onChange={(v) => setModeForAll(isOneOf(disbursementModes, v) ? v : null)}
                      />
                      <Button
                        variant="default"
                        disabled={!modeForAll || selected.length === 0}
                        onClick={() => modeForAll && applyModeToSelected(modeForAll)}
                      >
                        {t('sponsorship.pay.applyToSelected')}
                      </Button>
                    </Group>
                    <Group gap="sm" align="center">
                      <Text size="sm" aria-live="polite">
                        {t('sponsorship.pay.selectedSummary', { count: selected.length, formatted: formatNumber(selected.length) })}{' '}
                        <Money paise={selectedTotal} fw={700} />
                      </Text>
                      <Button
                        onClick={() => setConfirming(true)}
                        loading={pay.isPending}
                        disabled={selected.length === 0}
                        data-testid="pay-selected"
                      >
                        {t('sponsorship.pay.paySelected', { count: selected.length, formatted: formatNumber(selected.length) })}
                      </Button>
                    </Group>
                  </Group>
                </Paper>
              )}
              {batchError && (
                <Alert color="red" title={t('sponsorship.pay.nothingPaid')} role="alert">
                  {batchError}
                </Alert>
              )}
              <Paper withBorder opacity={due.isPlaceholderData ? 0.6 : 1}>
                <BatchTable
                  families={families}
                  drafts={drafts}
                  errors={errors}
                  foreign={foreign}
                  onChange={onChange}
                  onSelectAll={selectAll}
                />
              </Paper>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
