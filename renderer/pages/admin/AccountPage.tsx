import { DataList, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can, type Me } from '../../session';
import { AttendanceSettings } from './AttendanceSettings';
import { SafetynetSettingsCard } from '../safetynet/SafetynetSettingsCard';
import { CommunitySettings } from '../community/CommunitySettings';
import { ChangePassword } from './ChangePassword';
import { OfficeDetails } from './OfficeDetails';
import { OfficeSettings } from './OfficeSettings';
import { OfficeHostCard } from '../devices/OfficeHostCard';
import { StandbyCard } from './StandbyCard';

export function AccountPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1120}>
      <Title order={1} size="h2">
        {t('admin.account.title')}
      </Title>
      <Paper withBorder p="md">
        <DataList labelWidth={140} aria-label={t('admin.account.you')}>
          <DataList.Item>
            <DataList.ItemLabel>{t('admin.users.fullName')}</DataList.ItemLabel>
            <DataList.ItemValue>{me.fullName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('admin.users.username')}</DataList.ItemLabel>
            <DataList.ItemValue ff="monospace">{me.username}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('admin.users.role')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`common.roles.${me.role}`)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChangePassword username={me.username} />
        {can(me, 'office.manage') && <OfficeSettings />}
        {can(me, 'office.manage') && <AttendanceSettings />}
        {can(me, 'office.manage') && <SafetynetSettingsCard />}
        {can(me, 'office.manage') && <CommunitySettings />}
        {can(me, 'backup.restore') && <StandbyCard />}
      </SimpleGrid>
      {can(me, 'office.manage') && <OfficeHostCard />}
      {can(me, 'office.manage') && <OfficeDetails />}
    </Stack>
  );
}
