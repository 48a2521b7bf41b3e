import { Badge, Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../components/ExportButton';
import { showError } from '../../components/errors';
import { formatDate, formatNumber } from '../../format';
import type { CommitteeRow } from './queries';

/** Where a committee stands: overdue by how long, due by when, or met. */
export function DueBadge({ due }: { due: CommitteeRow['due'] }) {
  const { t } = useTranslation();
  if (due.state === 'overdue')
    return (
      <Badge color="red" variant="light" radius="sm" tt="none">
        {t('community.dueState.overdue', { count: due.daysOverdue, days: formatNumber(due.daysOverdue) })} ·{' '}
        {t('community.dueState.missed', { count: due.missedMeetings, missed: formatNumber(due.missedMeetings) })}
      </Badge>
    );
  if (due.state === 'due')
    return (
      <Badge color="yellow" variant="light" radius="sm" tt="none">
        {t('community.dueState.due', { date: formatDate(due.dueBy) })}
      </Badge>
    );
  return (
    <Badge color="teal" variant="light" radius="sm" tt="none">
      {t('community.dueState.met', { date: formatDate(due.nextDueBy) })}
    </Badge>
  );
}

export function QuorumBadge({ quorate }: { quorate: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={quorate ? 'teal' : 'red'} variant="light" radius="sm" tt="none">
      {t(quorate ? 'community.meeting.quorate' : 'community.meeting.notQuorate')}
    </Badge>
  );
}

interface File {
  fileName: string;
  contentBase64: string;
}

/** "PDF in English" and "PDF in Bengali" for a document the API renders. */
export function PdfButtons({ make, label }: { make: (language: 'en' | 'bn') => Promise<File>; label: string }) {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: make,
    onSuccess: (file) => saveFile(file, 'application/pdf'),
    onError: (err) => showError(t, err),
  });
  return (
    <Group gap="xs" wrap="nowrap">
      {(['en', 'bn'] as const).map((language) => (
        <Button key={language} variant="default" loading={run.isPending && run.variables === language} onClick={() => run.mutate(language)}>
          {t(language === 'en' ? 'community.pdfEnglish' : 'community.pdfBengali', { document: label })}
        </Button>
      ))}
    </Group>
  );
}
