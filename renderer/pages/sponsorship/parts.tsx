import { type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WordBadge } from '../../components/WordBadge';
import { isForeignSource, type Citizenship, type SponsorshipStatus } from './labels';
import { Fact as BaseFact } from '../../components/Fact';

/** A label and its value in a details grid; notes keep the lines they were typed with. */
export function Fact(props: { label: string; children: ReactNode; wide?: boolean }) {
  return <BaseFact {...props} keepLines />;
}

const statusColors: Record<SponsorshipStatus, string> = { active: 'teal', paused: 'yellow', lapsed: 'orange', ended: 'gray' };

export function SponsorshipStatusBadge({ status, size = 'sm' }: { status: SponsorshipStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <WordBadge color={statusColors[status]} variant={status === 'ended' ? 'filled' : 'light'} size={size}>
      {t(`sponsorship.statuses.${status}`)}
    </WordBadge>
  );
}

/** Says a sponsor's money is foreign contribution (FCRA), in words and not by colour alone. */
export function FcraBadge({ citizenship }: { citizenship: Citizenship }) {
  const { t } = useTranslation();
  if (!isForeignSource(citizenship)) return null;
  return (
    <WordBadge color="blue" variant="outline" size="sm" title={t('sponsorship.fcraBadgeHint')}>
      {t('sponsorship.fcraBadge')}
    </WordBadge>
  );
}

export function CodeBadge({ code }: { code: string }) {
  return (
    <WordBadge variant="outline" color="teal" ff="monospace">
      {code}
    </WordBadge>
  );
}
