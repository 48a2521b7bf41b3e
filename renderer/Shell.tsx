import { HostBanner } from './components/HostBanner';
import { Alert, AppShell, Burger, Group, NavLink, ScrollArea, SegmentedControl, Stack, Text, Title, Button } from '@mantine/core';
import { Fragment } from 'react';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../electron/api/contract';
import { call } from './api/client';
import { currentLanguage, setLanguage, type Language } from './i18n';
import { AuditPage } from './pages/admin/AuditPage';
import { BackupPage } from './pages/admin/BackupPage';
import { FirstSteps } from './pages/admin/FirstSteps';
import { AccountPage } from './pages/admin/AccountPage';
import { UsersPage } from './pages/admin/UsersPage';
import { CaseOutcomesPage } from './pages/cases/CaseOutcomesPage';
import { MonthlyReportPage } from './pages/reports/MonthlyReportPage';
import { EmergencyOpenings } from './pages/cases/BreakGlass';
import { CasesArea } from './pages/cases/CasesArea';
import { ChildPage } from './pages/register/ChildPage';
import { MissingAddressesPage } from './pages/register/MissingAddressesPage';
import { ChildrenPage } from './pages/register/ChildrenPage';
import { SchoolsPage } from './pages/register/SchoolsPage';
import { SchoolPage } from './pages/register/SchoolPage';
import { ImportPage } from './pages/attendance/ImportPage';
import { VolunteersPage } from './pages/attendance/VolunteersPage';
import { WorklistPage } from './pages/attendance/WorklistPage';
import { isOneOf, reasonCodes } from './pages/attendance/labels';
import { SponsorshipArea } from './pages/sponsorship/SponsorshipArea';
import { SafetynetArea } from './pages/safetynet/SafetynetArea';
import { CommunityArea } from './pages/community/CommunityArea';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { href, navigate, useRoute } from './router';
import { can, sessionKeys, type Me, type PermissionName } from './session';

type Office = ApiResult<'setup.status'>['office'];

interface NavItem {
  path: string;
  label:
    | 'common.nav.dashboard'
    | 'common.nav.children'
    | 'common.nav.missingAddresses'
    | 'common.nav.schools'
    | 'common.nav.cases'
    | 'common.nav.caseOutcomes'
    | 'common.nav.monthlyReport'
    | 'common.nav.importAttendance'
    | 'common.nav.worklist'
    | 'common.nav.volunteers'
    | 'common.nav.dues'
    | 'common.nav.sponsors'
    | 'common.nav.sponsoredChildren'
    | 'common.nav.familyPayments'
    | 'common.nav.ledger'
    | 'common.nav.sponsorshipReports'
    | 'common.nav.users'
    | 'common.nav.audit'
    | 'common.nav.backup'
    | 'common.nav.account'
    | 'common.nav.migrationRegister'
    | 'common.nav.safetynetWorklist'
    | 'common.nav.agents'
    | 'common.nav.reportingPoints'
    | 'common.nav.safetynetReports'
    | 'common.nav.committees'
    | 'common.nav.actionPoints'
    | 'common.nav.communityActivities'
    | 'common.nav.stakeholders'
    | 'common.nav.communityCounts';
  permission: PermissionName;
  section: NavSection;
}

/** The nav is grouped the way the office's work is: a heading over each group a user can see. */
type NavSection = 'home' | 'register' | 'attendance' | 'cases' | 'sponsorship' | 'safetynet' | 'community' | 'office';

const navItems: NavItem[] = [
  { path: '/home', label: 'common.nav.dashboard', permission: 'session', section: 'home' },
  { path: '/children', label: 'common.nav.children', permission: 'register.read', section: 'register' },
  { path: '/children/addresses', label: 'common.nav.missingAddresses', permission: 'register.read', section: 'register' },
  { path: '/schools', label: 'common.nav.schools', permission: 'register.read', section: 'register' },
  { path: '/attendance/import', label: 'common.nav.importAttendance', permission: 'attendance.import', section: 'attendance' },
  { path: '/worklist', label: 'common.nav.worklist', permission: 'attendance.read', section: 'attendance' },
  { path: '/volunteers', label: 'common.nav.volunteers', permission: 'worklist.write', section: 'attendance' },
  { path: '/cases', label: 'common.nav.cases', permission: 'cases.write', section: 'cases' },
  { path: '/case-outcomes', label: 'common.nav.caseOutcomes', permission: 'cases.all', section: 'cases' },
  { path: '/monthly-report', label: 'common.nav.monthlyReport', permission: 'reports.monthly', section: 'cases' },
  { path: '/safetynet', label: 'common.nav.migrationRegister', permission: 'safetynet.read', section: 'safetynet' },
  { path: '/safetynet/worklist', label: 'common.nav.safetynetWorklist', permission: 'safetynet.read', section: 'safetynet' },
  { path: '/safetynet/agents', label: 'common.nav.agents', permission: 'safetynet.read', section: 'safetynet' },
  { path: '/safetynet/points', label: 'common.nav.reportingPoints', permission: 'safetynet.read', section: 'safetynet' },
  { path: '/safetynet/reports', label: 'common.nav.safetynetReports', permission: 'safetynet.read', section: 'safetynet' },
  { path: '/sponsorship/due', label: 'common.nav.dues', permission: 'sponsorship.read', section: 'sponsorship' },
  { path: '/sponsorship/sponsors', label: 'common.nav.sponsors', permission: 'sponsorship.read', section: 'sponsorship' },
  { path: '/sponsorship/children', label: 'common.nav.sponsoredChildren', permission: 'sponsorship.read', section: 'sponsorship' },
  { path: '/sponsorship/payments', label: 'common.nav.familyPayments', permission: 'sponsorship.read', section: 'sponsorship' },
  { path: '/sponsorship/ledger', label: 'common.nav.ledger', permission: 'sponsorship.read', section: 'sponsorship' },
  { path: '/sponsorship/reports', label: 'common.nav.sponsorshipReports', permission: 'sponsorship.read', section: 'sponsorship' },
  { path: '/community/committees', label: 'common.nav.committees', permission: 'community.read', section: 'community' },
  { path: '/community/action-points', label: 'common.nav.actionPoints', permission: 'community.read', section: 'community' },
  { path: '/community/activities', label: 'common.nav.communityActivities', permission: 'community.read', section: 'community' },
  { path: '/community/stakeholders', label: 'common.nav.stakeholders', permission: 'community.read', section: 'community' },
  { path: '/community/counts', label: 'common.nav.communityCounts', permission: 'community.read', section: 'community' },
  { path: '/users', label: 'common.nav.users', permission: 'users.manage', section: 'office' },
  { path: '/audit', label: 'common.nav.audit', permission: 'audit.read', section: 'office' },
  { path: '/backup', label: 'common.nav.backup', permission: 'backup.run', section: 'office' },
  { path: '/account', label: 'common.nav.account', permission: 'session', section: 'office' },
];

/** The nav item a route belongs to: the one whose path is the longest prefix of the route (#/sponsorship/sponsors/3). */
function navItemOf(route: string[]): NavItem | undefined {
  const within = (item: NavItem) =>
    item.path
      .split('/')
      .filter(Boolean)
      .every((part, i) => route[i] === part);
  return navItems.filter(within).sort((a, b) => b.path.length - a.path.length)[0];
}

function Page({ route, me }: { route: string[]; me: Me }) {
  const { t } = useTranslation();
  const [area, id] = route;
  // The server refuses the data anyway; this says so plainly instead of showing an empty screen.
  const item = navItemOf(route);
  const sponsorshipDenied = area === 'sponsorship' && !can(me, 'sponsorship.read');
  const communityDenied = area === 'community' && !can(me, 'community.read');
  if ((item && !can(me, item.permission)) || sponsorshipDenied || communityDenied) {
    return (
      <Alert color="red" title={t('common.forbiddenTitle')} maw={640}>
        {t('common.forbiddenScreen')}
      </Alert>
    );
  }
  switch (area) {
    case 'home':
      return <DashboardPage />;
    case 'schools':
      return id ? <SchoolPage key={id} id={Number(id)} me={me} /> : <SchoolsPage me={me} />;
    case 'attendance':
      return <ImportPage />;
    case 'worklist':
      return (
        <WorklistPage
          key={route.join('/')}
          me={me}
          schoolId={route[1] === 'school' ? Number(route[2]) || undefined : undefined}
          reason={route[1] === 'reason' && isOneOf(reasonCodes, route[2]) ? route[2] : undefined}
        />
      );
    case 'volunteers':
      return <VolunteersPage me={me} />;
    case 'children':
      if (id === 'addresses') return <MissingAddressesPage me={me} />;
      return id ? <ChildPage id={Number(id)} me={me} /> : <ChildrenPage me={me} />;
    case 'cases':
      return <CasesArea route={route} me={me} />;
    case 'case-outcomes':
      return <CaseOutcomesPage />;
    case 'monthly-report':
      return <MonthlyReportPage />;
    case 'sponsorship':
      return <SponsorshipArea route={route} me={me} />;
    case 'safetynet':
      return <SafetynetArea route={route} me={me} />;
    case 'community':
      return <CommunityArea route={route} me={me} />;
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

/**
 * Where a user starts: managers and administrators on the office at a glance, case workers in their
 * cases, the sponsorship coordinator in the dues, data entry in the worklist with its follow-ups.
 */
function homeRoute(me: Me): string[] {
  if (me.role === 'admin' || me.role === 'manager') return ['home'];
  if (me.role === 'case_worker') return ['cases'];
  if (me.role === 'sponsorship') return ['sponsorship', 'due'];
  return ['worklist'];
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
  const shown = route.length ? route : homeRoute(me);
  const active = navItemOf(shown)?.path;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <Title order={3} c="teal">
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
        <ScrollArea type="auto" offsetScrollbars>
          <Stack gap={0}>
            {visible.map((item, i) => (
              <Fragment key={item.path}>
                {visible[i - 1]?.section !== item.section && (
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt={i === 0 ? 0 : 'sm'} pb={2} aria-hidden>
                    {t(`common.navSections.${item.section}`)}
                  </Text>
                )}
                <NavLink
                  href={href(item.path)}
                  label={t(item.label)}
                  active={active === item.path}
                  py={6}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(item.path);
                    if (opened) toggle();
                  }}
                />
              </Fragment>
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <HostBanner inShell />
        {/* Whoever works on cases (their workers, the manager) sees an emergency opening on whatever screen they are. */}
        {can(me, 'cases.write') && <EmergencyOpenings />}
        {!route.length && can(me, 'office.manage') && <FirstSteps />}
        <Page route={shown} me={me} />
      </AppShell.Main>
    </AppShell>
  );
}
