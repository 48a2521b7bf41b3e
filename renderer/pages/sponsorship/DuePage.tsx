import { Alert, Badge, Button, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { formatDate, formatNumber } from '../../format';
import { navigate } from '../../router';
import { settingsKeys } from '../admin/keys';
import { TitledPanel } from '../../components/TitledPanel';
import type { Due } from './labels';
import { Money } from './money';
import { MonthPageTitle } from './MonthPageTitle';
import { monthLabel } from './months';
import { Link } from '../../components/Link';
import { useDue } from './queries';

type ArrearsState = Due['sponsorsInArrears'][number]['state'];
const stateColors: Record<ArrearsState, string> = { past_due: 'yellow', lapse: 'orange', end: 'red' };

export function ArrearsBadge({ state }: { state: ArrearsState }) {
  const { t } = useTranslation();
  return (
    <Badge color={stateColors[state]} variant={state === 'end' ? 'filled' : 'light'} radius="sm" tt="none" miw="max-content">
      {t(`sponsorship.arrearsStates.${state}`)}
    </Badge>
  );
}

function SponsorsInArrears({ due }: { due: Due }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const settings = useQuery({ queryKey: settingsKeys.all, queryFn: () => call('settings.get', {}) });
  const rows = due.sponsorsInArrears;
  const total = rows.reduce((s, r) => s + r.arrearsPaise, 0);
  return (
    <TitledPanel
      title={t('sponsorship.due.sponsorsTitle')}
      right={rows.length > 0 && <Money paise={total} fw={700} size="sm" />}
      style={{ overflowX: 'auto' }}
    >
      {settings.data && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('sponsorship.due.rules', {
            days: formatNumber(settings.data.values.arrearsPastDueDays),
            lapse: formatNumber(settings.data.values.arrearsLapsedMonths),
            end: formatNumber(settings.data.values.arrearsEndedMonths),
          })}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="teal">
          {t('sponsorship.due.noArrears')}
        </Text>
      ) : (
        <Table verticalSpacing={6} fz="sm" miw={760} aria-label={t('sponsorship.due.sponsorsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sponsorship.due.sponsor')}</Table.Th>
              <Table.Th>{t('sponsorship.due.state')}</Table.Th>
              <Table.Th ta="right">{t('sponsorship.due.monthsMissed')}</Table.Th>
              <Table.Th>{t('sponsorship.due.oldestUnpaid')}</Table.Th>
              <Table.Th ta="right">{t('sponsorship.due.arrears')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.sponsorId}>
                <Table.Td>
                  <Link to={`/sponsorship/sponsors/${r.sponsorId}`} fw={600}>
                    {r.name}
                  </Link>
                  <Text span ff="monospace" size="xs" c="dimmed" ml={6}>
                    {r.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ArrearsBadge state={r.state} />
                </Table.Td>
                <Table.Td ta="right">{formatNumber(r.monthsMissed)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{monthLabel(r.oldestUnpaidMonth, lang)}</Table.Td>
                <Table.Td ta="right">
                  <Money paise={r.arrearsPaise} fw={600} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.some((r) => r.state !== 'past_due') && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('sponsorship.due.suggestionsOnly')}
        </Text>
      )}
    </TitledPanel>
  );
}

function UnpaidFamilies({ due }: { due: Due }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const unpaid = due.families.filter((f) => f.state !== 'paid');
  const paid = due.families.length - unpaid.length;
  return (
    <TitledPanel
      title={t('sponsorship.due.familiesTitle')}
      right={
        unpaid.length > 0 && (
          <Button size="compact-sm" onClick={() => navigate(`/sponsorship/payments/${due.month}`)}>
            {t('sponsorship.due.payFamilies')}
          </Button>
        )
      }
      style={{ overflowX: 'auto' }}
    >
      <Text size="xs" c="dimmed" mb="xs">
        {t('sponsorship.due.familiesSummary', {
          month: monthLabel(due.month, lang),
          paid: formatNumber(paid),
          total: formatNumber(due.families.length),
        })}
      </Text>
      {unpaid.length === 0 ? (
        <Text size="sm" c="teal">
          {due.families.length === 0 ? t('sponsorship.due.noFamilies') : t('sponsorship.due.allPaid')}
        </Text>
      ) : (
        <Table verticalSpacing={6} fz="sm" miw={760} aria-label={t('sponsorship.due.familiesTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sponsorship.due.child')}</Table.Th>
              <Table.Th>{t('sponsorship.due.guardian')}</Table.Th>
              <Table.Th>{t('sponsorship.due.payout')}</Table.Th>
              <Table.Th>{t('sponsorship.due.funding')}</Table.Th>
              <Table.Th>{t('sponsorship.due.state')}</Table.Th>
              <Table.Th ta="right">{t('sponsorship.due.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {unpaid.map((f) => (
              <Table.Tr key={f.sponsoredChildId}>
                <Table.Td>
                  <Link to={`/sponsorship/children/${f.sponsoredChildId}`} fw={600}>
                    {f.name}
                  </Link>
                  <Text span ff="monospace" size="xs" c="dimmed" ml={6}>
                    {f.childCode}
                  </Text>
                </Table.Td>
                <Table.Td>{f.guardianName}</Table.Td>
                <Table.Td>{t(`sponsorship.payoutMethods.${f.payoutMethod}`)}</Table.Td>
                <Table.Td>{t(`sponsorship.funding.${f.funding}`)}</Table.Td>
                <Table.Td>
                  <Text span size="sm" c={f.state === 'overdue' ? 'red' : undefined} fw={f.state === 'overdue' ? 600 : undefined}>
                    {t(`sponsorship.familyStates.${f.state}`)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Money paise={f.amountPaise} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </TitledPanel>
  );
}

/** Sponsored children absent from school more than 30 days in a row: shown to the coordinator, never acted on by the app. */
function AbsentChildren({ due }: { due: Due }) {
  const { t } = useTranslation();
  if (due.absentChildren.length === 0) return null;
  return (
    <TitledPanel title={t('sponsorship.due.absentTitle')}>
      <Text size="xs" c="dimmed" mb="xs">
        {t('sponsorship.due.absentExplain')}
      </Text>
      <Table verticalSpacing={6} fz="sm" aria-label={t('sponsorship.due.absentTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sponsorship.due.child')}</Table.Th>
            <Table.Th ta="right">{t('sponsorship.due.daysAbsent')}</Table.Th>
            <Table.Th>{t('sponsorship.due.since')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {due.absentChildren.map((a) => (
            <Table.Tr key={a.sponsoredChildId}>
              <Table.Td>
                <Link to={`/sponsorship/children/${a.sponsoredChildId}`} fw={600}>
                  {a.name}
                </Link>
                <Text span ff="monospace" size="xs" c="dimmed" ml={6}>
                  {a.childCode}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatNumber(a.daysAbsent)}</Table.Td>
              <Table.Td>{formatDate(a.since)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TitledPanel>
  );
}

/** The coordinator's start: who owes money, which families still wait for this month's support, and who stopped school. */
export function DuePage({ month }: { month: string | null }) {
  const { t } = useTranslation();
  const current = useDue(null);
  const due = useDue(month);
  const latest = current.data?.month ?? null;
  const shown = due.data?.month ?? month;

  return (
    <Stack gap="md" maw={1200}>
      <MonthPageTitle title={t('sponsorship.due.title')} month={shown} latest={latest} path="/sponsorship/due" />
      {due.isError && (
        <Alert color="red" title={t('common.errorTitle')}>
          {errorText(t, due.error)}
        </Alert>
      )}
      {due.isPending && <Loader size="sm" />}
      {due.data && (
        <Stack gap="md" opacity={due.isPlaceholderData ? 0.6 : 1}>
          <SponsorsInArrears due={due.data} />
          <UnpaidFamilies due={due.data} />
          <AbsentChildren due={due.data} />
        </Stack>
      )}
    </Stack>
  );
}
