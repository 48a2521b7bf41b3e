import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { saveFile } from '../../components/ExportButton';

/** "Download receipt" in English and Bengali (a PDF the browser saves or opens; printing is from there): the receipt PDF of one posting, saved or opened by the browser. */
export function ReceiptPrintButtons({ postingId, receiptNo }: { postingId: number; receiptNo: string }) {
  const { t } = useTranslation();
  const print = useMutation({
    mutationFn: (language: 'en' | 'bn') => call('ledger.receiptPdf', { postingId, language }),
    onSuccess: (file) => saveFile(file, 'application/pdf'),
    onError: (error) => showError(t, error),
  });
  const busy = print.isPending ? print.variables : null;
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        variant="default"
        loading={busy === 'en'}
        aria-label={t('sponsorship.receipt.downloadEnLabel', { receiptNo })}
        onClick={() => print.mutate('en')}
      >
        {t('sponsorship.receipt.downloadEn')}
      </Button>
      <Button
        variant="default"
        loading={busy === 'bn'}
        aria-label={t('sponsorship.receipt.downloadBnLabel', { receiptNo })}
        onClick={() => print.mutate('bn')}
      >
        {t('sponsorship.receipt.downloadBn')}
      </Button>
    </Group>
  );
}

/** One "Download receipt" in the language on screen: for lists, where two buttons per row do not fit. */
export function ReceiptPrintButton({ postingId, receiptNo }: { postingId: number; receiptNo: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'bn' ? 'bn' : 'en';
  const print = useMutation({
    mutationFn: () => call('ledger.receiptPdf', { postingId, language }),
    onSuccess: (file) => saveFile(file, 'application/pdf'),
    onError: (error) => showError(t, error),
  });
  return (
    <Button
      size="compact-xs"
      variant="default"
      loading={print.isPending}
      aria-label={t('sponsorship.receipt.downloadLabel', { receiptNo })}
      onClick={() => print.mutate()}
    >
      {t('sponsorship.receipt.download')}
    </Button>
  );
}
