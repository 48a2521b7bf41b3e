import { Center, Group, Paper, Text, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n';
import { LanguageSwitch } from './LanguageSwitch';

/** The card of the screens before anyone is logged in (setup, login): the app's name, the language, then the card's own content. */
export function WelcomeCard({
  maw,
  headerMb,
  onLanguage,
  children,
}: {
  maw: number;
  headerMb?: MantineSpacing;
  onLanguage?: (language: Language) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={maw}>
        <Group justify="space-between" align="flex-start" mb={headerMb}>
          <div>
            <Title order={1} size="h2" c="teal">
              {t('common.appName')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('common.tagline')}
            </Text>
          </div>
          <LanguageSwitch onChange={onLanguage} />
        </Group>
        {children}
      </Paper>
    </Center>
  );
}
