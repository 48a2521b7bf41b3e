import { Button, Group, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktop } from '../../api/client';
import { FolderBrowserModal } from './FolderBrowserModal';

/**
 * A folder Suraksha writes into (the backups, the standby's snapshots): typed, or chosen. The desktop
 * app asks Windows' own folder dialog; the browser build lists the PC's folders through the host.
 */
export function FolderField({
  form,
  label,
  description,
  placeholder,
  browseTitle,
}: {
  form: UseFormReturnType<{ folder: string }>;
  label: string;
  description: string;
  placeholder: string;
  /** The title of the folder dialog: what the folder is for. */
  browseTitle: string;
}) {
  const { t } = useTranslation();
  const [browsing, setBrowsing] = useState(false);
  const chooseFolder = async () => {
    if (!desktop.available()) return setBrowsing(true);
    const folder = await desktop.pickFolder(browseTitle);
    if (folder) form.setFieldValue('folder', folder);
  };

  return (
    <>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={label}
          description={description}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder={placeholder}
          style={{ flex: 1 }}
          {...form.getInputProps('folder')}
        />
        <Button variant="default" mt={25} onClick={() => void chooseFolder()}>
          {t('admin.backup.chooseFolder')}
        </Button>
      </Group>
      <FolderBrowserModal
        title={browseTitle}
        opened={browsing}
        onClose={() => setBrowsing(false)}
        onChoose={(path) => form.setFieldValue('folder', path)}
      />
    </>
  );
}
