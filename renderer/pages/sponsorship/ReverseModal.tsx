import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { formatDate } from '../../format';
import { ReasonModal } from '../../components/ReasonModal';
import type { Posting } from './labels';
import { Money } from './money';
import { sponsorshipKeys } from './queries';

/** The number a posting is known by: its receipt or voucher number, else its ledger id. */
export function postingLabel(p: Posting): string {
  return p.receiptNo ?? p.voucherNo ?? `#${p.id}`;
}

/**
 * A correction never edits a posting: a reversal posts its lines negated and names it, with the reason.
 * A reversed receipt keeps its number (the sequence stays unbroken); the reversal gets none of its own.
 */
export function ReverseModal({ posting, onClose }: { posting: Posting; onClose: () => void }) {
  const { t } = useTranslation();
  const label = postingLabel(posting);
  const who = posting.sponsorName ?? posting.childName;
  return (
    <ReasonModal
      title={t('sponsorship.reverse.title', { label })}
      intro={
        <>
          <Text size="sm">
            {t(`sponsorship.postingKinds.${posting.kind}`)} · {formatDate(posting.valueDate)}
            {who ? ` · ${who}` : ''} · <Money paise={posting.amountPaise} fw={600} />
          </Text>
          <Alert color="orange" variant="light" p="xs">
            <Text size="sm">{t('sponsorship.reverse.explain')}</Text>
          </Alert>
        </>
      }
      reasonLabel={t('sponsorship.reverse.reason')}
      reasonHint={t('sponsorship.reverse.reasonHint')}
      maxRows={5}
      maxLength={500}
      submitLabel={t('sponsorship.reverse.submit')}
      send={(reason) => call('ledger.reverse', { postingId: posting.id, reason })}
      done={() => ({ color: 'teal', message: t('sponsorship.reverse.done', { label }) })}
      refresh={sponsorshipKeys.all}
      onClose={onClose}
    />
  );
}
