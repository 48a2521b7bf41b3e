import { Alert, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { errorText } from './errors';
import { BackLink } from './Link';
import { PageLoader } from './PageLoader';

interface RecordQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
}

/**
 * One record's page (a sponsor, a family, a child): while it is read a spinner; a record that is not
 * there says so, any other failure says what went wrong; the page, `maw` wide, and either of those
 * stand under the link back to its list.
 */
export function RecordPage<T>({
  query,
  back,
  notFound,
  maw,
  children,
}: {
  query: RecordQuery<T>;
  back: { to: string; label: string };
  notFound: string;
  maw: number;
  children: (record: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <PageLoader />;
  if (query.isError || query.data === undefined) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Stack gap="sm" align="flex-start" maw={760}>
        <BackLink to={back.to} label={back.label} />
        <Alert color={missing ? 'gray' : 'red'} title={missing ? undefined : t('common.errorTitle')} w="100%">
          {missing ? notFound : errorText(t, query.error)}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={maw}>
      <BackLink to={back.to} label={back.label} />
      {children(query.data)}
    </Stack>
  );
}

/** The head of a record's page: its name and badges, a line about it, and what may be done with it on the right. */
export function RecordHeader({
  title,
  titleLang,
  badges,
  about,
  actions,
}: {
  title: string;
  titleLang?: string;
  badges: ReactNode;
  about: ReactNode;
  actions: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <Title order={1} size="h2" lang={titleLang}>
            {title}
          </Title>
          {badges}
        </Group>
        {about}
      </Stack>
      <Group gap="xs" wrap="nowrap">
        {actions}
      </Group>
    </Group>
  );
}
