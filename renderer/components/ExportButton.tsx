import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { showError } from './errors';

interface ExportedFile {
  fileName: string;
  contentBase64: string;
}

/** Saves a file the API produced: a download in the browser, a save dialog in the Electron window. */
export function saveFile(file: ExportedFile, mimeType: string): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Export to Excel" for any list: the list's API export method with the filters on screen. */
export function ExportButton({ exportList }: { exportList: () => Promise<ExportedFile> }) {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: exportList,
    onSuccess: (file) => saveFile(file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    onError: (err) => showError(t, err),
  });
  return (
    <Button variant="default" loading={run.isPending} onClick={() => run.mutate()}>
      {t('common.exportExcel')}
    </Button>
  );
}
