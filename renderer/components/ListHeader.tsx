import { Button, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The head of a searchable list: its title, how many rows match, "clear filters" while any is on,
 * and the list's own buttons on the right.
 */
export function ListHeader(props: {
  title: string;
  countText: string | null;
  countTestId: string;
  clearLabel: string;
  onClear: (() => void) | null;
  children: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap">
      <Group gap="sm" align="baseline">
        <Title order={1} size="h2">
          {props.title}
        </Title>
        {props.countText !== null && (
          <Text c="dimmed" size="sm" aria-live="polite" data-testid={props.countTestId}>
            {props.countText}
          </Text>
        )}
        {props.onClear && (
          <Button variant="subtle" size="compact-sm" onClick={props.onClear}>
            {props.clearLabel}
          </Button>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        {props.children}
      </Group>
    </Group>
  );
}
