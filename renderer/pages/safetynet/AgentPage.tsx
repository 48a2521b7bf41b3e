import { Alert, Anchor, Center, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { SectionTitle } from '../../components/SectionTitle';
import { DepartureTable } from './DepartureTable';
import { Known } from './labels';
import { safetynetKeys } from './queries';
import { redFlagCodes } from '../../../electron/shared/safetynetVocabulary';

/** One thing known about an agent, or that it is not known. */
function AgentFact({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">
        <Known value={value} />
      </Text>
    </div>
  );
}

/** An agent's page: who they are, what became of the people they sent, and the red flags across their departures. */
export function AgentPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const agent = useQuery({ queryKey: safetynetKeys.agent(id), queryFn: () => call('agents.get', { id }) });
  const a = agent.data;
  const n = (value: number) => formatNumber(value);
  return (
    <Stack gap="sm" maw={1200}>
      <Anchor
        href={href('/safetynet/agents')}
        size="sm"
        onClick={(e) => {
          e.preventDefault();
          navigate('/safetynet/agents');
        }}
      >
        ← {t('safetynet.agents.back')}
      </Anchor>
      {agent.isError && <Alert color="red">{errorText(t, agent.error)}</Alert>}
      {agent.isPending && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {a && (
        <>
          <Title order={1} size="h2">
            {a.name}
          </Title>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              <AgentFact label={t('safetynet.agents.aliases')} value={a.aliases} />
              <AgentFact label={t('safetynet.agents.phones')} value={a.phones} />
              <AgentFact
                label={`${t('safetynet.agents.village')} · ${t('safetynet.agents.worksFor')}`}
                value={[a.village, a.worksFor].filter(Boolean).join(' · ') || null}
              />
              <AgentFact label={t('safetynet.agents.licenceNumber')} value={a.licenceNumber} />
            </SimpleGrid>
          </Paper>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Paper withBorder p="md" component="section" aria-label={t('safetynet.agents.departures')}>
              <SectionTitle>{t('safetynet.agents.departures')}</SectionTitle>
              <Group gap="lg">
                <Text size="xl" fw={700}>
                  {n(a.departures.length)}
                </Text>
                <Text size="sm">
                  {t('safetynet.agents.minors')}: {n(a.minors)}
                </Text>
              </Group>
              <Text size="sm" mt={4}>
                {t('safetynet.agents.levels', { high: n(a.levels.high), medium: n(a.levels.medium), low: n(a.levels.low) })}
              </Text>
              <Text size="sm" mt={4}>
                {t('safetynet.agents.outcome', {
                  returned: n(a.outcome.returned),
                  away: n(a.outcome.away),
                  notReachable: n(a.outcome.notReachable),
                  missing: n(a.outcome.missing),
                })}
              </Text>
            </Paper>
            <Paper withBorder p="md" component="section" aria-label={t('safetynet.agents.flagsAcross')}>
              <SectionTitle>{t('safetynet.agents.flagsAcross')}</SectionTitle>
              {Object.keys(a.flagCounts).length === 0 ? (
                <Text size="sm">{t('safetynet.agents.noFlags')}</Text>
              ) : (
                <Table fz="sm" verticalSpacing={3}>
                  <Table.Tbody>
                    {redFlagCodes
                      .filter((code) => a.flagCounts[code])
                      .map((code) => (
                        <Table.Tr key={code}>
                          <Table.Td>{t(`safetynet.flagNames.${code}`)}</Table.Td>
                          <Table.Td ta="right">
                            {t('safetynet.agents.flagCount', { count: a.flagCounts[code] ?? 0, formatted: n(a.flagCounts[code] ?? 0) })}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          </SimpleGrid>
          <DepartureTable rows={a.departures} label={t('safetynet.agents.departures')} empty={t('safetynet.list.empty')} />
        </>
      )}
    </Stack>
  );
}
