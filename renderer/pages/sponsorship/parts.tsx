import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
    <Badge
      color={statusColors[status]}
      variant={status === 'ended' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
      size={size}
      miw="max-content"
    >
      {t(`sponsorship.statuses.${status}`)}
    </Badge>
  );
}

/** Says a sponsor's money is foreign contribution (FCRA), in words and not by colour alone. */
export function FcraBadge({ citizenship }: { citizenship: Citizenship }) {
  const { t } = useTranslation();
  if (!isForeignSource(citizenship)) return null;
  return (
    <Badge color="blue" variant="outline" radius="sm" tt="none" size="sm" miw="max-content" title={t('sponsorship.fcraBadgeHint')}>
      {t('sponsorship.fcraBadge')}
    </Badge>
  );
}

export function CodeBadge({ code }: { code: string }) {
  return (
    <Badge variant="outline" color="teal" radius="sm" ff="monospace" tt="none" miw="max-content">
      {code}
    </Badge>
  );
}
