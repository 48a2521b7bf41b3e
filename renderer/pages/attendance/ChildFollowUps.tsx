import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { formatDate } from '../../format';
import { href } from '../../router';
import { SectionTitle } from '../../components/SectionTitle';
import { findingText, monthLabel } from './labels';
import { useFollowUps } from './queries';

const serious = new Set(['marriage_arranged', 'working', 'migrated_with_family', 'not_found']);

/** The home visits made to this child after attendance flags, newest first. */
export function ChildFollowUps({ childId }: { childId: number }) {
  const { t } = useTranslation();
  const visits = useFollowUps(childId);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('attendance.childFollowUps.title')}>
      <SectionTitle>{t('attendance.childFollowUps.title')}</SectionTitle>
      {visits.isError && (
        <Text size="sm" c="red">
          {errorText(t, visits.error)}
        </Text>
      )}
      {visits.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attendance.childFollowUps.none')}
        </Text>
      )}
      {visits.data && visits.data.length > 0 && (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {visits.data.map((visit) => (
            <Stack component="li" key={visit.id} gap={2}>
              <Group gap="sm">
                <Text size="sm" fw={600}>
                  {formatDate(visit.visitDate)}
                </Text>
                <Badge variant="light" radius="sm" tt="none" color={serious.has(visit.finding) ? 'orange' : 'gray'}>
                  {findingText(t, visit.finding)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('attendance.childFollowUps.by', { name: visit.visitedBy })}
                  {visit.flagMonth && ` · ${t('attendance.childFollowUps.flaggedIn', { month: monthLabel(visit.flagMonth) })}`}
                </Text>
                {visit.caseId !== null && (
                  <Anchor href={href(`/cases/${visit.caseId}`)} size="sm">
                    {t('attendance.childFollowUps.case')}
                  </Anchor>
                )}
              </Group>
              {visit.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {visit.note}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
