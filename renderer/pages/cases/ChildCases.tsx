import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { StatusBadge } from './parts';
import { SectionTitle } from '../../components/SectionTitle';
import { casesKeys } from './queries';

/**
 * A child's cases on the child's page. Anyone with the register sees that the child has a case;
 * only those who may open it (its workers, managers) see its number and a link.
 */
export function ChildCases({ childId, me }: { childId: number; me: Me }) {
  const { t } = useTranslation();
  const cases = useQuery({ queryKey: casesKeys.forChild(childId), queryFn: () => call('cases.forChild', { childId }) });
  const canOpenCases = can(me, 'cases.write');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('cases.child.title')}>
      <SectionTitle
        right={
          canOpenCases && (
            <Button size="compact-sm" variant="light" onClick={() => navigate(`/cases/new/child/${childId}`)}>
              {t('cases.child.open')}
            </Button>
          )
        }
      >
        {t('cases.child.title')}
      </SectionTitle>
      {cases.isError && (
        <Text size="sm" c="red">
          {errorText(t, cases.error)}
        </Text>
      )}
      {cases.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.child.none')}
        </Text>
      )}
      {cases.data && cases.data.length > 0 && (
        <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
          {cases.data.map((c) => (
            <Group component="li" key={c.id} gap="sm">
              {c.canOpen ? (
                <Anchor href={href(`/cases/${c.id}`)} ff="monospace" fw={600} size="sm">
                  {c.caseNumber}
                </Anchor>
              ) : (
                <Text size="sm" fw={500} title={t('cases.child.confidentialHint')}>
                  {t('cases.child.hasCase')}
                </Text>
              )}
              <StatusBadge status={c.status} />
              {!c.canOpen && (
                <Text size="xs" c="dimmed">
                  {t('cases.child.confidential')}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
