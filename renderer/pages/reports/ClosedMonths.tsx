import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { call } from '../../api/client';
import { formatDateTime, formatNumber } from '../../format';
import { monthLabel } from '../sponsorship/months';

const glanceWords: Record<string, string> = {
  casesOpened: 'casesOpened',
  casesClosed: 'casesClosed',
  casesActive: 'casesActive',
  marriagesAverted: 'marriagesAverted',
  childrenFromLabour: 'childrenFromLabour',
  childrenBeforeCwc: 'childrenBeforeCwc',
  childrenInSponsorship: 'childrenInSponsorship',
  childrenFlagged: 'childrenFlagged',
};

/** A changed figure named by its section (and, at a glance, by its own words). */
function whereChanged(t: TFunction, path: string): string {
  const [section = '', key = ''] = path.split('.');
  const sectionName = t(`monthlyReport.sections.${section}` as 'monthlyReport.sections.cover');
  const glance = section === 'atAGlance' ? glanceWords[key] : undefined;
  return glance ? `${sectionName}: ${t(`monthlyReport.glance.${glance}` as 'monthlyReport.glance.casesOpened')}` : sectionName;
}

/** The closed months with their signed versions; a month whose data changed since is marked revised, with what changed. */
export function ClosedMonths() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'bn' ? 'bn' : 'en';
  const closed = useQuery({ queryKey: ['reports', 'monthly', 'closed'], queryFn: () => call('reports.closedMonths', {}) });
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {t('monthlyReport.closedMonths')}
      </Title>
      {closed.data?.length === 0 && <Text size="sm">{t('monthlyReport.noClosedMonths')}</Text>}
      <Stack gap="sm">
        {closed.data?.map((m) => (
          <div key={m.month} data-testid={`closed-${m.month}`}>
            <Text fw={600}>
              {monthLabel(m.month, lang)}{' '}
              {m.revised && (
                <Badge color="orange" variant="light" title={t('monthlyReport.revisedHelp')}>
                  {t('monthlyReport.revised')}
                </Badge>
              )}
            </Text>
            <List size="sm">
              {m.versions.map((v) => (
                <List.Item key={v.version}>
                  {t('monthlyReport.versionLine', {
                    version: formatNumber(v.version),
                    name: v.signedByName,
                    date: formatDateTime(v.signedAt),
                  })}
                </List.Item>
              ))}
            </List>
            {m.revised && (
              <>
                <Text size="sm" c="dimmed">
                  {t('monthlyReport.changedFigures')}
                </Text>
                <List size="sm">
                  {m.changesSinceClosed.slice(0, 12).map((c) => (
                    <List.Item key={c.path}>
                      {t('monthlyReport.changeLine', {
                        path: whereChanged(t, c.path),
                        before: String(c.before ?? '—'),
                        after: String(c.after ?? '—'),
                      })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
