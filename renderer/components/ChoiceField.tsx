import { SegmentedControl, Stack, Text, type SegmentedControlProps } from '@mantine/core';
import { useId } from 'react';

/**
 * A choice among a few words, shown all at once, with a visible label above it like a text field's.
 * Mantine's segmented control has no label of its own; the label names the control for a screen reader.
 */
export function ChoiceField({ label, ...control }: { label: string } & Omit<SegmentedControlProps, 'aria-labelledby'>) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} {...control} />
    </Stack>
  );
}
