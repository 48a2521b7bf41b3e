import { Anchor, List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { href, navigate } from '../../router';
import { officeKeys } from './keys';

type Step = 'taxDetails' | 'schools' | 'users' | 'volunteers' | 'firstImport';

/** Each first step, where it is done. */
const steps: { step: Step; path: string }[] = [
  { step: 'taxDetails', path: '/account' },
  { step: 'schools', path: '/schools' },
  { step: 'users', path: '/users' },
  { step: 'volunteers', path: '/volunteers' },
  { step: 'firstImport', path: '/attendance/import' },
];

/**
 * The administrator's start screen, until the office's first steps are done: its tax details (an
 * 80G receipt goes out without them otherwise), schools, users, volunteers, the first import.
 */
export function FirstSteps() {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: [...officeKeys.all, 'firstSteps'],
    queryFn: () => call('office.firstSteps', {}),
    refetchOnMount: 'always',
  });
  const data = status.data;
  if (!data || Object.values(data.steps).every(Boolean)) return null;
  const missing = data.missingTaxDetails.map((key) => t(`admin.firstSteps.taxDetail.${key}`)).join(', ');
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="first-steps" data-testid="first-steps">
      <Title order={2} size="h4" id="first-steps">
        {t('admin.firstSteps.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('admin.firstSteps.intro')}
      </Text>
      <List spacing={4} size="sm" type="ordered">
        {steps.map(({ step, path }) => {
          const done = data.steps[step];
          return (
            <List.Item
              key={step}
              icon={
                <ThemeIcon size={20} radius="xl" color={done ? 'teal' : 'gray'} variant={done ? 'filled' : 'light'} aria-hidden>
                  {done ? '✓' : ''}
                </ThemeIcon>
              }
            >
              <Anchor
                href={href(path)}
                td={done ? 'line-through' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(path);
                }}
              >
                {t(`admin.firstSteps.steps.${step}`)}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {done ? t('admin.firstSteps.done') : step === 'taxDetails' ? t('admin.firstSteps.taxMissing', { missing }) : ''}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
