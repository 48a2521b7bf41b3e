import { Alert, Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { formatNumber } from '../../format';
import { can, type Me } from '../../session';
import { SchoolAttendance } from '../attendance/SchoolAttendance';
import { useSchoolList } from './queries';
import { SchoolFormModal } from './SchoolForm';
import { Fact } from '../../components/Fact';
import { BackLink } from '../../components/Link';

/** One school: its details, and where the user may see attendance, its monthly trend, irregular children and imports. */
export function SchoolPage({ id, me }: { id: number; me: Me }) {
  const { t } = useTranslation();
  // The list (cached, one row per school of the block) has the count of children that schools.get lacks.
  const schools = useSchoolList();
  const [editing, setEditing] = useState(false);

  if (schools.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const s = schools.data?.find((row) => row.id === id);
  if (!s) {
    return (
      <Stack gap="sm" align="flex-start">
        <BackLink to="/schools" label={t('attendance.schoolPage.back')} />
        <Alert color={schools.isError ? 'red' : 'gray'}>
          {schools.isError ? errorText(t, schools.error) : t('attendance.schoolPage.notFound')}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={1100}>
      <BackLink to="/schools" label={t('attendance.schoolPage.back')} />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {s.name}
          </Title>
          <Badge variant="outline" color="teal" radius="sm" size="lg" ff="monospace" tt="none">
            {s.udise}
          </Badge>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {t(`register.schoolTypes.${s.type}`)}
          </Badge>
        </Group>
        {can(me, 'register.write') && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('register.schools.edit')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="md" component="section" aria-label={t('attendance.schoolPage.details')}>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
          <Fact label={t('register.schools.fields.gramPanchayat')}>{s.gramPanchayat}</Fact>
          <Fact label={t('register.schools.fields.village')}>{s.village}</Fact>
          <Fact label={t('register.schools.fields.headTeacher')}>{s.headTeacher}</Fact>
          <Fact label={t('register.schools.fields.phone')}>{s.phone}</Fact>
          <Fact label={t('register.schools.columns.children')}>{formatNumber(s.children)}</Fact>
        </SimpleGrid>
      </Paper>

      {can(me, 'attendance.read') && <SchoolAttendance schoolId={s.id} />}

      <SchoolFormModal opened={editing} school={s} onClose={() => setEditing(false)} />
    </Stack>
  );
}
