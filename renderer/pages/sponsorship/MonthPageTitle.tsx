import { Group, Title } from '@mantine/core';
import { navigate } from '../../router';
import { MonthSwitcher } from './MonthSwitcher';

/**
 * A month's screen heading with the month switcher beside it. Each month has its own address under
 * `path` (`/sponsorship/due/2026-10`); the latest month is the bare `path`, so the menu's link stays on it.
 */
export function MonthPageTitle({
  title,
  month,
  latest,
  path,
}: {
  title: string;
  month: string | null;
  latest: string | null;
  path: string;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <Title order={1} size="h2">
        {title}
      </Title>
      {month && <MonthSwitcher month={month} latest={latest} onChange={(m) => navigate(m === latest ? path : `${path}/${m}`)} />}
    </Group>
  );
}
