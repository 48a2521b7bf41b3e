import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { PageLoader } from '../../components/PageLoader';
import { SectionTitle } from '../../components/SectionTitle';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../format';
import { monthLabel } from '../attendance/labels';
import { useRupees } from '../sponsorship/money';
import { DashboardCharts } from './DashboardCharts';
import { FigureCard } from './FigureCard';

type Glance = ApiResult<'dashboard.get'>;

export const dashboardKeys = { glance: ['dashboard', 'glance'] as const };

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(currentLanguage() === 'bn' ? 'bn-IN' : 'en-IN', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1)),
  );
}

/** A calendar year in the screen's digits, without grouping: 2026 / ২০২৬. */
function yearText(iso: string): string {
  return new Intl.NumberFormat(currentLanguage() === 'bn' ? 'bn-IN' : 'en-IN', { useGrouping: false }).format(Number(iso.slice(0, 4)));
}

/** The seeds' counters: this month large, the year so far beneath. */
function ImpactFigures({ glance }: { glance: Glance }) {
  const { t } = useTranslation();
  const n = formatNumber;
  const { cases, attendance, community } = glance;
  const year = (count: number) => t('dashboard.thisYear', { value: n(count) });
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      {cases && (
        <FigureCard
          label={t('dashboard.impact.marriagesAverted')}
          value={n(cases.month.marriagesAverted)}
          detail={year(cases.year.marriagesAverted)}
          to="/case-outcomes"
        />
      )}
      {cases && (
        <FigureCard
          label={t('dashboard.impact.childrenFromLabour')}
          value={n(cases.month.childrenFromLabour)}
          detail={
            <>
              {t('dashboard.impact.labourSplit', {
                withdrawn: n(cases.month.withdrawnFromLabour),
                reduced: n(cases.month.workingHoursReduced),
              })}
              <br />
              {year(cases.year.childrenFromLabour)}
            </>
          }
          to="/case-outcomes"
        />
      )}
      {attendance && (
        <FigureCard
          label={t('dashboard.impact.attendingRegularly')}
          value={n(attendance.latest.regular)}
          detail={
            attendance.latestMonth ? (
              <>
                {t('dashboard.impact.attendingOf', {
                  tracked: n(attendance.latest.tracked),
                  month: monthLabel(attendance.latestMonth, 'long'),
                })}
                <br />
                {t('dashboard.impact.attendingYear', { regular: n(attendance.year.regular), tracked: n(attendance.year.tracked) })}
              </>
            ) : (
              t('dashboard.impact.attendingNoRegisters')
            )
          }
          to="/schools"
        />
      )}
      {community &&
        (
          [
            ['womenTrained', 'dashboard.impact.womenTrained', '/community/activities'],
            ['schoolOfficials', 'dashboard.impact.schoolOfficials', '/community/counts'],
            ['panchayatOfficers', 'dashboard.impact.panchayatOfficers', '/community/counts'],
            ['policeOfficers', 'dashboard.impact.policeOfficers', '/community/counts'],
          ] as const
        ).map(([key, label, to]) => (
          <FigureCard key={key} label={t(label)} value={n(community.month[key])} detail={year(community.year[key])} to={to} />
        ))}
    </SimpleGrid>
  );
}

/** How many things are overdue: red while any is, teal when none. */
function OverdueCard({ label, count, to }: { label: string; count: number; to: string }) {
  return <FigureCard label={label} value={formatNumber(count)} tone={count > 0 ? 'red' : 'teal'} to={to} />;
}

/** What is waiting for someone today, each opening the list to work from. */
function AttentionFigures({ glance }: { glance: Glance }) {
  const { t } = useTranslation();
  const rupees = useRupees();
  const n = formatNumber;
  const { cases, attendance, community, safetynet, sponsorship } = glance;
  const [lastMonth, thisMonth] = attendance?.raisedByMonth ?? [];
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 5 }} spacing="sm">
      {cases && (
        <FigureCard
          label={t(cases.seesAll ? 'dashboard.attention.casesDue' : 'dashboard.attention.casesDueMine')}
          value={n(cases.due.dueOrOverdue)}
          detail={t('dashboard.attention.casesOverdue', { value: n(cases.due.overdue) })}
          tone={cases.due.overdue > 0 ? 'red' : 'teal'}
          to="/cases/due"
        />
      )}
      {attendance && (
        <FigureCard
          label={t('dashboard.attention.worklist')}
          value={n(attendance.worklist.open)}
          detail={t('dashboard.attention.worklistTrend', { thisMonth: n(thisMonth?.raised ?? 0), lastMonth: n(lastMonth?.raised ?? 0) })}
          to="/worklist"
        />
      )}
      {safetynet && (
        <OverdueCard label={t('dashboard.attention.checkIns')} count={safetynet.overdueCheckIns} to="/safetynet/worklist/overdue" />
      )}
      {community && (
        <OverdueCard label={t('dashboard.attention.committees')} count={community.committeesOverdue} to="/community/committees" />
      )}
      {sponsorship && (
        <FigureCard
          label={t('dashboard.attention.arrears')}
          value={n(sponsorship.sponsors)}
          detail={
            <>
              {t('dashboard.attention.arrearsAmount', { amount: rupees(sponsorship.arrearsPaise) })}
              <br />
              {t('dashboard.attention.childrenInSponsorship', {
                count: sponsorship.childrenInSponsorship,
                value: n(sponsorship.childrenInSponsorship),
              })}
            </>
          }
          to="/sponsorship/due"
        />
      )}
    </SimpleGrid>
  );
}

/**
 * The office at a glance, where managers and administrators start: the seeds' counters, what needs
 * attention and the last twelve months. Others see the parts their role may see (the API leaves the rest out).
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const glance = useQuery({ queryKey: dashboardKeys.glance, queryFn: () => call('dashboard.get', {}) });
  if (glance.isPending) return <PageLoader />;
  if (glance.isError)
    return (
      <Alert color="red" title={t('dashboard.loadFailed')}>
        {errorText(t, glance.error)}
      </Alert>
    );
  const g = glance.data;
  const thisMonth = g.month.from.slice(0, 7);
  const hasImpact = Boolean(g.cases ?? g.attendance ?? g.community);
  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Title order={1} size="h2">
          {t('dashboard.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('dashboard.asOf', { date: longDate(g.today) })}
        </Text>
      </div>
      {hasImpact && (
        <section aria-labelledby="glance-impact">
          <SectionTitle>
            <span id="glance-impact">{t('dashboard.impact.title')}</span>
          </SectionTitle>
          <Text size="xs" c="gray.7" mb={6}>
            {t('dashboard.impact.intro', { month: monthLabel(thisMonth, 'long'), year: yearText(g.year.from) })}
          </Text>
          <ImpactFigures glance={g} />
        </section>
      )}
      <section aria-labelledby="glance-attention">
        <SectionTitle>
          <span id="glance-attention">{t('dashboard.attention.title')}</span>
        </SectionTitle>
        <AttentionFigures glance={g} />
      </section>
      {(g.attendance ?? g.cases) && (
        <section aria-labelledby="glance-charts">
          <SectionTitle>
            <span id="glance-charts">{t('dashboard.charts.title')}</span>
          </SectionTitle>
          <DashboardCharts glance={g} />
        </section>
      )}
    </Stack>
  );
}
