import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A screen's one <h1>, and under it the line that says what the screen is for. */
export function PageTitle({ title, intro }: { title: string; intro: ReactNode }) {
  return (
    <>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
    </>
  );
}
