import { Paper, type PaperProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionTitle } from './SectionTitle';

/**
 * A bordered part of a page with its small heading; the heading also names the region, so a screen
 * reader (and a test) finds the part by what it is called. `right` stands at the heading's end.
 */
export function TitledPanel({
  title,
  right,
  children,
  ...paper
}: { title: string; right?: ReactNode; children: ReactNode } & Omit<PaperProps, 'title' | 'children' | 'right'>) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title} {...paper}>
      <SectionTitle right={right}>{title}</SectionTitle>
      {children}
    </Paper>
  );
}
