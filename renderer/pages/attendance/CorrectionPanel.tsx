import { Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showError } from '../../components/errors';
import type { FileEntry, Overrides } from './importState';

/** What a correction of a previewed file is given: the file, whether the import is under way, and how to read it again. */
export interface CorrectionProps {
  entry: FileEntry;
  locked: boolean;
  onApply: (overrides: Overrides) => Promise<void>;
}

/**
 * A correction the user makes to a previewed file before it is imported (what a mark means, which
 * row keeps a roll): the hint, the choices, and the button that reads the file again with them.
 */
export function CorrectionPanel({
  entry,
  locked,
  hint,
  applyLabel,
  ready,
  overrides,
  onApply,
  children,
}: CorrectionProps & { hint: string; applyLabel: string; ready: boolean; overrides: () => Overrides; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {children}
      <Button
        variant="light"
        w="fit-content"
        disabled={locked || !ready}
        loading={entry.rereading}
        onClick={() => onApply(overrides()).catch((error: unknown) => showError(t, error))}
      >
        {applyLabel}
      </Button>
    </Stack>
  );
}
