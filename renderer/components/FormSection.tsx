import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionTitle } from './SectionTitle';

/** A group of a form's fields under its small heading (the family, the bank, the tax details). */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <SectionTitle>{title}</SectionTitle>
      {children}
    </Stack>
  );
}
