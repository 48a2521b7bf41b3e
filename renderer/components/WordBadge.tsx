import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A state or a kind said in a word on a small badge (risk, status, FCRA): never narrower than its word. */
export function WordBadge({ children, ...props }: Omit<BadgeProps, 'radius' | 'tt' | 'miw'> & { title?: string; children: ReactNode }) {
  return (
    <Badge radius="sm" tt="none" miw="max-content" {...props}>
      {children}
    </Badge>
  );
}
