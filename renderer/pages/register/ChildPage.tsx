import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import { href } from '../../router';
import { can, type Me } from '../../session';
import { AttendanceCalendar } from '../attendance/AttendanceCalendar';
import { ChildFollowUps } from '../attendance/ChildFollowUps';
import { ChildCases } from '../cases/ChildCases';
import { ChildDepartures } from '../safetynet/ChildDepartures';
import { ChildFormModal } from './ChildForm';
import type { ChildDetail } from './childFormValues';
import { classLabel } from './labels';
import { useChild } from './queries';
import { Fact } from '../../components/Fact';
import { RecordHeader, RecordPage } from '../../components/RecordPage';

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Text size="xs" fw={700} c="teal" tt="uppercase" mb="sm" style={{ letterSpacing: 0.4 }}>
        {title}
      </Text>
      <SimpleGrid cols={2} spacing="md" verticalSpacing="sm" component="dl" m={0}>
        {children}
      </SimpleGrid>
    </Paper>
  );
}

/** The office's calendar day of a timestamp (stored in UTC; West Bengal is 5½ hours ahead). */
function localDate(iso: string): string {
  return formatDateTime(iso).slice(0, 10);
}

/** "12 years": `years` is the translated template, looked up where `t` is typed by its component. */
function ageText(years: (count: number, formatted: string) => string, age: number | null): string {
  return age === null ? '' : years(age, formatNumber(age));
}

function ChildDetails({ child }: { child: ChildDetail }) {
  const { t } = useTranslation();
  const years = (count: number, formatted: string) => t('register.years', { count, formatted });
  const age = ageText(years, child.age);
  const byDob = child.birthBasis === 'dob';
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card title={t('register.child.sectionChild')}>
        <Fact label={t('register.form.nameEn')}>{child.nameEn}</Fact>
        <Fact label={t('register.form.nameBn')} lang="bn">
          {child.nameBn}
        </Fact>
        <Fact label={t('register.form.sex')}>{t(`register.sex.${child.sex}`)}</Fact>
        <Fact label={t('register.child.code')}>
          <Text span ff="monospace" fw={500} size="sm">
            {child.childCode}
          </Text>
        </Fact>
        {byDob ? (
          <Fact label={t('register.form.dateOfBirth')}>{formatDate(child.dateOfBirth)}</Fact>
        ) : (
          <Fact label={t('register.form.ageYears')}>
            {child.ageYears === null || !child.ageAsOf
              ? ''
              : t('register.child.reportedOn', { age: ageText(years, child.ageYears), date: formatDate(child.ageAsOf) })}
          </Fact>
        )}
        <Fact label={t('register.children.columns.age')}>
          {age ? t(byDob ? 'register.child.ageFromDob' : 'register.child.ageReported', { age }) : ''}
        </Fact>
      </Card>

      <Card title={t('register.child.sectionSchool')}>
        <Fact wide label={t('register.form.school')}>
          {child.schoolName ? (
            <>
              {child.schoolId !== null ? <Anchor href={href(`/schools/${child.schoolId}`)}>{child.schoolName}</Anchor> : child.schoolName}
              {child.schoolUdise && (
                <Text span size="xs" c="dimmed" ml="xs">
                  {t('register.child.udise', { udise: child.schoolUdise })}
                </Text>
              )}
            </>
          ) : (
            t('register.child.noSchool')
          )}
        </Fact>
        <Fact label={t('register.form.classGrade')}>{classLabel(t, child.classGrade)}</Fact>
        <Fact label={t('register.form.section')}>{child.section}</Fact>
        <Fact label={t('register.form.roll')}>{child.roll}</Fact>
      </Card>

      <Card title={t('register.child.sectionGuardian')}>
        <Fact label={t('register.form.guardianName')}>{child.guardianName}</Fact>
        <Fact label={t('register.form.guardianRelation')}>{child.guardianRelation}</Fact>
        <Fact label={t('register.form.phone')}>{child.phone}</Fact>
      </Card>

      <Card title={t('register.child.sectionPlace')}>
        <Fact label={t('register.form.village')}>{child.village}</Fact>
        <Fact label={t('register.form.gramPanchayat')}>{child.gramPanchayat}</Fact>
      </Card>
    </SimpleGrid>
  );
}

export function ChildPage({ id, me }: { id: number; me: Me }) {
  const { t } = useTranslation();
  const years = (count: number, formatted: string) => t('register.years', { count, formatted });
  const child = useChild(id);
  const [editing, setEditing] = useState(false);

  return (
    <RecordPage
      query={child}
      back={{ to: '/children', label: t('register.child.back') }}
      maw={1100}
      notFound={t('register.child.notFound')}
    >
      {(c) => {
        const age = ageText(years, c.age);
        return (
          <>
            <RecordHeader
              title={c.nameEn ?? c.nameBn ?? c.childCode}
              titleLang={c.nameEn ? undefined : 'bn'}
              badges={
                <Badge
                  variant="outline"
                  color="teal"
                  radius="sm"
                  size="lg"
                  ff="monospace"
                  tt="none"
                  aria-label={`${t('register.child.code')}: ${c.childCode}`}
                >
                  {c.childCode}
                </Badge>
              }
              about={
                <>
                  {c.nameEn && c.nameBn && (
                    <Text size="lg" lang="bn">
                      {c.nameBn}
                    </Text>
                  )}
                  <Group gap="xs">
                    <Badge variant="light" color={c.sex === 'female' ? 'pink' : c.sex === 'male' ? 'blue' : 'gray'} radius="sm" tt="none">
                      {t(`register.sex.${c.sex}`)}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {age
                        ? t(c.birthBasis === 'dob' ? 'register.child.ageFromDob' : 'register.child.ageReported', { age })
                        : t('register.child.ageUnknown')}
                      {c.classGrade !== null && ` · ${classLabel(t, c.classGrade)}${c.section ? `-${c.section}` : ''}`}
                      {c.schoolName && ` · ${c.schoolName}`}
                    </Text>
                  </Group>
                </>
              }
              actions={
                can(me, 'register.write') && (
                  <Button variant="default" onClick={() => setEditing(true)}>
                    {t('register.child.edit')}
                  </Button>
                )
              }
            />

            <ChildDetails child={c} />

            <ChildCases childId={c.id} me={me} />

            <ChildDepartures childId={c.id} me={me} />

            {can(me, 'attendance.read') && (
              <>
                <AttendanceCalendar childId={c.id} />
                <ChildFollowUps childId={c.id} />
              </>
            )}

            <Text size="xs" c="dimmed">
              {t('register.child.added', { date: localDate(c.createdAt) })} ·{' '}
              {t('register.child.changed', { date: localDate(c.updatedAt) })}
            </Text>

            <ChildFormModal opened={editing} child={c} onClose={() => setEditing(false)} />
          </>
        );
      }}
    </RecordPage>
  );
}
