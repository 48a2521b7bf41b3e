import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { SectionTitle } from '../../components/SectionTitle';
import { LevelBadge } from './labels';
import { useDepartures } from './queries';

/** On the child's page: the departures SafetyNet has of the child, each linked to its page. */
export function ChildDepartures({ childId, me }: { childId: number; me: Me }) {
  return can(me, 'safetynet.read') ? <DeparturesOfChild childId={childId} /> : null;
}

function DeparturesOfChild({ childId }: { childId: number }) {
  const { t } = useTranslation();
  const departures = useDepartures({ childId, limit: 20 });
  const rows = departures.data?.rows ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-label={t('safetynet.child.title')}>
      <SectionTitle>{t('safetynet.child.title')}</SectionTitle>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('safetynet.child.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {rows.map((d) => (
            <Group key={d.id} gap="sm">
              <LevelBadge level={d.level} />
              <Anchor
                href={href(`/safetynet/${d.id}`)}
                size="sm"
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/safetynet/${d.id}`);
                }}
              >
                {t('safetynet.child.line', {
                  date: formatDate(d.leftOn),
                  purpose: t(`safetynet.purposes.${d.purpose}`),
                  destination: [d.destPlace, d.destState].filter(Boolean).join(', '),
                })}
              </Anchor>
              <Text size="sm" c="dimmed">
                {d.returnedOn ? t('safetynet.child.returned', { date: formatDate(d.returnedOn) }) : t('safetynet.child.away')}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** On the attendance worklist: the child has a departure on the register. */
export function DepartureBadge({ departure }: { departure: { id: number; leftOn: string; returnedOn: string | null } }) {
  const { t } = useTranslation();
  return (
    <Badge
      component="a"
      href={href(`/safetynet/${departure.id}`)}
      color={departure.returnedOn ? 'gray' : 'grape'}
      variant="light"
      radius="sm"
      tt="none"
      size="sm"
      style={{ cursor: 'pointer' }}
    >
      {t('safetynet.child.worklistBadge', { date: formatDate(departure.leftOn) })}
    </Badge>
  );
}
