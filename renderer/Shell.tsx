import { Alert, AppShell, Burger, Group, NavLink, SegmentedControl, Stack, Text, Title, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../electron/api/contract';
import { call } from './api/client';
import { currentLanguage, setLanguage, type Language } from './i18n';
import { AuditPage } from './pages/admin/AuditPage';
import { BackupPage } from './pages/admin/BackupPage';
import { AccountPage } from './pages/admin/AccountPage';
import { UsersPage } from './pages/admin/UsersPage';
import { CaseOutcomesPage } from './pages/cases/CaseOutcomesPage';
import { CasesArea } from './pages/cases/CasesArea';
import { ChildPage } from './pages/register/ChildPage';
import { ChildrenPage } from './pages/register/ChildrenPage';
import { SchoolsPage } from './pages/register/SchoolsPage';
import { href, navigate, useRoute } from './router';
import { can, sessionKeys, type Me, type PermissionName } from './session';

type Office = ApiResult<'setup.status'>['office'];

interface NavItem {
  path: string;
  label:
    | 'common.nav.children'
    | 'common.nav.schools'
    | 'common.nav.cases'
    | 'common.nav.caseOutcomes'
    | 'common.nav.users'
    | 'common.nav.audit'
    | 'common.nav.backup'
    | 'common.nav.account';
  permission: PermissionName;
}

const navItems: NavItem[] = [
  { path: '/children', label: 'common.nav.children', permission: 'register.read' },
  { path: '/schools', label: 'common.nav.schools', permission: 'register.read' },
  { path: '/cases', label: 'common.nav.cases', permission: 'cases.write' },
  { path: '/case-outcomes', label: 'common.nav.caseOutcomes', permission: 'cases.all' },
  { path: '/users', label: 'common.nav.users', permission: 'users.manage' },
  { path: '/audit', label: 'common.nav.audit', permission: 'audit.read' },
  { path: '/backup', label: 'common.nav.backup', permission: 'backup.run' },
  { path: '/account', label: 'common.nav.account', permission: 'session' },
];

function Page({ route, me }: { route: string[]; me: Me }) {
  const { t } = useTranslation();
  const [area, id] = route;
  // The server refuses the data anyway; this says so plainly instead of showing an empty screen.
  const item = navItems.find((n) => n.path === `/${area ?? ''}`);
  if (item && !can(me, item.permission)) {
    return (
      <Alert color="red" title={t('common.forbiddenTitle')} maw={640}>
        {t('common.forbiddenScreen')}
      </Alert>
    );
  }
  switch (area) {
    case 'schools':
      return <SchoolsPage me={me} />;
    case 'children':
      return id ? <ChildPage id={Number(id)} me={me} /> : <ChildrenPage me={me} />;
    case 'cases':
      return <CasesArea route={route} me={me} />;
    case 'case-outcomes':
      return <CaseOutcomesPage />;
    case 'users':
      return <UsersPage me={me} />;
    case 'audit':
      return <AuditPage />;
    case 'backup':
      return <BackupPage me={me} />;
    case 'account':
      return <AccountPage me={me} />;
    default:
      return <ChildrenPage me={me} />;
  }
}

/** Where a user starts: case workers live in their cases, everyone else in the register. */
function homeArea(me: Me): string {
  return me.role === 'case_worker' ? 'cases' : 'children';
}

export function Shell({ me, office }: { me: Me; office: Office }) {
  const { t } = useTranslation();
  const route = useRoute();
  const [opened, { toggle }] = useDisclosure();
  const queryClient = useQueryClient();

  const language = useMutation({
    mutationFn: (lang: Language) => call('auth.setLanguage', { language: lang }),
    onMutate: (lang) => setLanguage(lang),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.me }),
  });
  const logout = useMutation({
    mutationFn: () => call('auth.logout', {}),
    onSettled: () => {
      // The next user of this shared PC must not see this user's data from the cache.
      queryClient.setQueryData(sessionKeys.me, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKeys.me[0] && q.queryKey[0] !== sessionKeys.setup[0] });
    },
  });

  const visible = navItems.filter((item) => can(me, item.permission));
  const shown = route.length ? route : [homeArea(me)];
  const active = `/${shown[0] ?? 'children'}`;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <Title order={3} c="teal.8">
              {t('common.appName')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {office ? `${office.officeName} · ${office.block}, ${office.district}` : ''}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('common.language')}
              value={currentLanguage()}
              onChange={(v) => language.mutate(v === 'bn' ? 'bn' : 'en')}
              data={[
                { value: 'en', label: t('common.english') },
                { value: 'bn', label: t('common.bengali') },
              ]}
            />
            <Text size="sm" visibleFrom="sm">
              {me.fullName} · {t(`common.roles.${me.role}`)}
            </Text>
            <Button variant="default" size="xs" onClick={() => logout.mutate()}>
              {t('common.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Stack gap={2}>
          {visible.map((item) => (
            <NavLink
              key={item.path}
              href={href(item.path)}
              label={t(item.label)}
              active={active === item.path}
              onClick={(e) => {
                e.preventDefault();
                navigate(item.path);
                if (opened) toggle();
              }}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Page route={shown} me={me} />
      </AppShell.Main>
    </AppShell>
  );
}
