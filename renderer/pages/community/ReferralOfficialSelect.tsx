import { useTranslation } from 'react-i18next';
import { FindSelect } from '../../components/FindSelect';
import { can, useMe } from '../../session';
import { useStakeholders, type StakeholderRow } from './queries';

/**
 * In a case's referral: the official referred to, from the stakeholders' register, so that the
 * community counters know the office worked with them. Only for users who see that register.
 */
export function ReferralOfficialSelect({ value, onChange }: { value: number | null; onChange: (official: StakeholderRow | null) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = can(me.data, 'community.read');
  const officials = useStakeholders({});
  if (!allowed) return null;
  const rows = officials.data ?? [];
  return (
    <FindSelect
      label={t('community.referral.official')}
      description={t('community.referral.officialHint')}
      data={rows.map((s) => ({
        value: String(s.id),
        label: [s.name, t(`community.categories.${s.category}`), s.designation, s.schoolName ?? s.institution].filter(Boolean).join(' · '),
      }))}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(rows.find((s) => String(s.id) === v) ?? null)}
    />
  );
}
