import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from './PageTitle';

/** The head of a screen: its title and intro, and on the right the screen's own buttons (an export). */
export function PageHead({ title, intro, children }: { title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <div>
        <PageTitle title={title} intro={intro} />
      </div>
      {children}
    </Group>
  );
}
