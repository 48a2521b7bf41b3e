import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { href, navigate } from '../../router';

/**
 * One figure of the home screen, and the way to the list behind it: the whole card is a link, so it
 * is one target of a good size, and its accessible name is what it says (label, number, detail).
 */
export function FigureCard({
  label,
  value,
  detail,
  to,
  tone = 'teal',
}: {
  label: string;
  value: string;
  detail?: ReactNode;
  to: string;
  /** 'red' for something waiting past its time. */
  tone?: 'teal' | 'red';
}) {
  return (
    <Paper
      component="a"
      href={href(to)}
      onClick={(e: React.MouseEvent<HTMLAnchorElement>) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        navigate(to);
      }}
      withBorder
      radius="md"
      p="sm"
      className="figure-card"
      style={{ textDecoration: 'none', color: 'inherit', display: 'block', height: '100%' }}
    >
      <Stack gap={2}>
        <Text size="sm" fw={500} lh={1.3} c="gray.8">
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.2} c={tone === 'red' ? 'red.8' : 'teal.9'} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
        {detail && (
          <Text size="xs" c="gray.7" lh={1.35}>
            {detail}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
