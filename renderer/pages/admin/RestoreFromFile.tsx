import { Button, Group, Input, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The file chooser of a restore; the chosen file is checked at once, nothing is replaced yet. */
export function RestoreFromFile({ onFile, checking }: { onFile: (file: File) => void; checking: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('admin.restore.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('admin.restore.intro')}
        </Text>
        <Input.Wrapper
          id={id}
          label={t('admin.restore.file')}
          description={t('admin.restore.fileHint')}
          inputWrapperOrder={['label', 'input', 'description']}
        >
          {/* The native input stays (labelled, and what tests drive); the button names it in the user's language. */}
          <VisuallyHidden>
            <input
              id={id}
              type="file"
              accept=".sqlite,.db,.bak"
              disabled={checking}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Cleared so that choosing the same file again (e.g. after a cancel) checks it again.
                event.currentTarget.value = '';
                if (file) {
                  setChosen(file.name);
                  onFile(file);
                }
              }}
            />
          </VisuallyHidden>
          <Group gap="sm" my={4} wrap="nowrap">
            <Button component="label" htmlFor={id} variant="default" size="sm" disabled={checking} aria-hidden="true">
              {t('admin.restore.choose')}
            </Button>
            <Text size="sm" c={chosen ? undefined : 'dimmed'} style={{ wordBreak: 'break-all' }}>
              {chosen ?? t('admin.restore.noFile')}
            </Text>
          </Group>
        </Input.Wrapper>
        {checking && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('admin.restore.reading')}</Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
