import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The head of a card on a screen: its <h2>, and under it the line that says what the card is for. */
export function CardTitle({ title, intro, dimmed = false }: { title: string; intro: ReactNode; dimmed?: boolean }) {
  return (
    <>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm" c={dimmed ? 'dimmed' : undefined}>
        {intro}
      </Text>
    </>
  );
}
