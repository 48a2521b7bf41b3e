import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/contract';
import { call } from '../../api/client';
import { formatDateTime, formatNumber } from '../../format';
import type { Me } from '../../session';
import { usersKeys } from './keys';
import { roleOrder } from './roles';
import { PasswordResetModal } from './PasswordResetModal';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { PageTitle } from '../../components/PageTitle';
import { QueryStatus } from '../../components/QueryStatus';

type User = ApiResult<'users.list'>[number];
type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

function lockedNow(user: User): boolean {
  return Boolean(user.lockedUntil && user.lockedUntil > new Date().toISOString());
}

export function UsersPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const users = useQuery({ queryKey: usersKeys.all, queryFn: () => call('users.list', {}) });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <PageTitle title={t('admin.users.title')} intro={t('admin.users.intro')} />
        </div>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('admin.users.add')}</Button>
      </Group>

      <Paper withBorder p="sm" component="section" aria-labelledby="roles-heading">
        <Title order={2} size="h5" id="roles-heading" mb={4}>
          {t('admin.users.rolesTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="sm" verticalSpacing={6} component="dl" m={0} data-testid="role-descriptions">
          {roleOrder.map((role) => (
            <div key={role}>
              <Text component="dt" size="sm" fw={600}>
                {t(`common.roles.${role}`)}
              </Text>
              <Text component="dd" size="sm" c="dimmed" m={0}>
                {t(`admin.users.roleDescriptions.${role}`)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>

      <QueryStatus query={users} />

      {users.data && (
        <Paper withBorder>
          <Table striped highlightOnHover verticalSpacing={6} horizontalSpacing="sm" fz="sm" aria-label={t('admin.users.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.users.fullName')}</Table.Th>
                <Table.Th>{t('admin.users.username')}</Table.Th>
                <Table.Th>{t('admin.users.role')}</Table.Th>
                <Table.Th>{t('admin.users.status')}</Table.Th>
                <Table.Th>{t('admin.users.lockedUntil')}</Table.Th>
                <Table.Th ta="right">{t('admin.users.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((user) => (
                <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
                  <Table.Td>
                    {user.fullName}
                    {user.id === me.userId && (
                      <Badge size="xs" variant="outline" tt="none" ml={6}>
                        {t('admin.users.you')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">{user.username}</Table.Td>
                  <Table.Td>{t(`common.roles.${user.role}`)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" tt="none" color={user.active ? 'teal' : 'gray'}>
                      {user.active ? t('admin.users.active') : t('admin.users.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {lockedNow(user) ? (
                      <Badge size="sm" variant="light" tt="none" color="red">
                        {formatDateTime(user.lockedUntil)}
                      </Badge>
                    ) : (
                      t('common.none')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="subtle" onClick={() => setDialog({ kind: 'edit', user })}>
                        {t('admin.users.edit')}
                      </Button>
                      <Button size="compact-sm" variant="subtle" onClick={() => setDialog({ kind: 'reset', user })}>
                        {t('admin.users.resetPassword')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Caption>
              {users.data.length
                ? t('admin.users.count', { count: users.data.length, n: formatNumber(users.data.length) })
                : t('admin.users.empty')}
            </Table.Caption>
          </Table>
        </Paper>
      )}

      {dialog?.kind === 'create' && <UserCreateModal onClose={close} />}
      {dialog?.kind === 'edit' && <UserEditModal user={dialog.user} isSelf={dialog.user.id === me.userId} onClose={close} />}
      {dialog?.kind === 'reset' && <PasswordResetModal user={dialog.user} onClose={close} />}
    </Stack>
  );
}
