import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small uppercase heading over a part of a form or page. */
export function SectionTitle({ children, right }: { children: ReactNode; right?: ReactNode }) {
  return (
    <Group justify="space-between" align="center" gap="xs" wrap="nowrap" mb={6}>
      <Text size="xs" fw={700} c="teal" tt="uppercase" style={{ letterSpacing: 0.4 }} component="h3" m={0}>
        {children}
      </Text>
      {right}
    </Group>
  );
}
