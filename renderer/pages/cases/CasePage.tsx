import { Alert, Anchor, Badge, Button, Center, Grid, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorText } from '../../components/errors';
import { BreakGlassButton } from './BreakGlass';
import { formatDate, formatNumber } from '../../format';
import { href, navigate } from '../../router';
import { can, type Me } from '../../session';
import { classLabel } from '../register/labels';
import { CaseActions } from './CaseActions';
import { CaseReferrals } from './CaseReferrals';
import { CloseCaseModal, ReopenCaseModal } from './CaseStatusModals';
import { CaseTimeline } from './CaseTimeline';
import { BengaliName, childName } from './ChildPicker';
import type { CaseFile } from './labels';
import { RiskBadge, StatusBadge, TypeBadges } from './parts';
import { SectionTitle } from '../../components/SectionTitle';
import { useCase } from './queries';
import { Fact } from '../../components/Fact';
import { BackLink } from '../../components/Link';

type CaseChild = CaseFile['children'][number];

/** PCMA 2006 for a child-marriage case: each child's age on the planned date against 18 (girls) or 21 (boys). */
function PcmaBox({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  if (!file.types.includes('child_marriage')) return null;
  if (!file.plannedMarriageOn) {
    if (file.status === 'closed') return null;
    return (
      <Alert color="yellow" title={t('cases.pcma.title')}>
        {t('cases.pcma.noDate')}
      </Alert>
    );
  }
  const findings = file.children.map((c) => ({ child: c, pcma: c.pcma }));
  const anyUnder = findings.some((f) => f.pcma?.underAge === true);
  const anyUnknown = findings.some((f) => f.pcma?.underAge === null || !f.pcma);
  return (
    <Alert
      color={anyUnder ? 'red' : anyUnknown ? 'yellow' : 'green'}
      title={t('cases.pcma.titleDate', { date: formatDate(file.plannedMarriageOn) })}
      aria-label={t('cases.pcma.title')}
    >
      <Stack gap={4}>
        {findings.map(({ child, pcma }) => {
          const who = `${childName(child)} (${child.childCode})`;
          let finding: string;
          let color: string | undefined;
          if (!pcma || pcma.ageOnDate === null || pcma.minimumAge === null) {
            finding = t('cases.pcma.unknown');
            color = 'yellow';
          } else {
            const age = pcma.approximate ? t('cases.pcma.about', { age: formatNumber(pcma.ageOnDate) }) : formatNumber(pcma.ageOnDate);
            const min = formatNumber(pcma.minimumAge);
            finding = pcma.underAge ? t('cases.pcma.under', { age, min }) : t('cases.pcma.notUnder', { age, min });
            color = pcma.underAge ? 'red' : 'green';
          }
          return (
            <Text key={child.id} size="sm" c={color} fw={pcma?.underAge ? 600 : 500}>
              {who}: {finding}
              {pcma?.approximate && pcma.ageOnDate !== null && (
                <Text span size="xs" c="dimmed" fw={400} ml={6}>
                  {t('cases.pcma.approximate')}
                </Text>
              )}
            </Text>
          );
        })}
        <Text size="xs" c="dimmed">
          {t('cases.pcma.law')}
        </Text>
      </Stack>
    </Alert>
  );
}

function ChildItem({ child }: { child: CaseChild }) {
  const { t } = useTranslation();
  const years = (n: number) => t('register.years', { count: n, formatted: formatNumber(n) });
  const details = [
    t(`register.sex.${child.sex}`),
    child.age === null ? null : child.birthBasis === 'age' ? t('cases.children.reportedAge', { age: years(child.age) }) : years(child.age),
    child.classGrade === null ? null : classLabel(t, child.classGrade),
    child.schoolName,
    child.village,
  ].filter(Boolean);
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Badge variant="outline" color="teal" radius="sm" ff="monospace" tt="none" mt={2} style={{ flexShrink: 0 }}>
        {child.childCode}
      </Badge>
      <div style={{ minWidth: 0 }}>
        <Anchor href={href(`/children/${child.id}`)} size="sm" fw={600} lang={child.nameEn ? undefined : 'bn'}>
          {childName(child)}
        </Anchor>
        <BengaliName child={child} />
        <Text size="xs" c="dimmed">
          {details.join(' · ')}
        </Text>
      </div>
    </Group>
  );
}

function CaseChildren({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('cases.children.title')}>
      <SectionTitle>{t('cases.children.title')}</SectionTitle>
      <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
        {file.children.map((c) => (
          <ChildItem key={c.id} child={c} />
        ))}
      </Stack>
    </Paper>
  );
}

function CaseHeader({
  file,
  onEdit,
  onClose,
  onReopen,
}: {
  file: CaseFile;
  onEdit: () => void;
  onClose: () => void;
  onReopen: () => void;
}) {
  const { t } = useTranslation();
  const reporter = [t(`cases.reporterKinds.${file.reporterKind}`), file.reporterName].filter(Boolean).join(' — ');
  const place = [file.village, file.gramPanchayat ? t('cases.page.gp', { gp: file.gramPanchayat }) : null].filter(Boolean).join(', ');
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Group gap="sm" align="center">
            <Title order={1} size="h2" ff="monospace">
              {file.caseNumber}
            </Title>
            <StatusBadge status={file.status} size="lg" />
          </Group>
          <TypeBadges types={file.types} />
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={onEdit}>
            {t('cases.page.edit')}
          </Button>
          {file.status === 'open' ? (
            <Button variant="default" color="gray" onClick={onClose}>
              {t('cases.page.close')}
            </Button>
          ) : (
            <Button variant="default" color="orange" onClick={onReopen}>
              {t('cases.page.reopen')}
            </Button>
          )}
        </Group>
      </Group>

      {file.status === 'closed' && file.outcome && (
        <Alert color="gray" variant="light" title={t('cases.page.closedTitle', { date: formatDate(file.closedOn) })}>
          <Text size="sm" fw={600}>
            {t(`cases.outcomes.${file.outcome}`)}
          </Text>
          {file.outcomeNote && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {file.outcomeNote}
            </Text>
          )}
        </Alert>
      )}

      <Paper withBorder p="md" component="section" aria-label={t('cases.page.details')}>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
          <Fact label={t('cases.page.reportedBy')}>{reporter}</Fact>
          <Fact label={t('cases.page.reportedOn')}>{formatDate(file.reportedOn)}</Fact>
          <Fact label={t('cases.page.place')}>{place}</Fact>
          <Fact label={t('cases.page.workers')}>{file.workers.map((w) => w.fullName).join(', ')}</Fact>
          <Fact label={t('cases.page.risk')} wide>
            <Group gap="xs" wrap="nowrap" component="span">
              <RiskBadge level={file.riskLevel} />
              <Text span size="sm" fw={500}>
                {file.riskReason}
              </Text>
            </Group>
          </Fact>
          <Fact label={t('cases.page.summary')} wide>
            <Text span size="sm" fw={400} style={{ whiteSpace: 'pre-wrap' }}>
              {file.summary}
            </Text>
          </Fact>
        </SimpleGrid>
      </Paper>
    </>
  );
}

type Dialog = 'close' | 'reopen' | null;

/** A case file: who, what, the next actions, the timeline, referrals, and its outcome. */
export function CasePage({ id, me }: { id: number; me: Me }) {
  const { t } = useTranslation();
  const file = useCase(id);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (file.isPending) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  if (file.isError) {
    const err = file.error;
    const confidential = err instanceof ApiError && err.body.code === 'case_confidential';
    const missing = err instanceof ApiError && err.status === 404;
    return (
      <Stack gap="sm" align="flex-start" maw={760}>
        <BackLink to="/cases" label={t('cases.page.back')} />
        <Alert
          color={missing ? 'gray' : 'red'}
          title={confidential ? t('cases.page.confidentialTitle') : missing ? undefined : t('common.errorTitle')}
          w="100%"
        >
          {missing ? t('cases.page.notFound') : errorText(t, err)}
        </Alert>
        {confidential && can(me, 'cases.write') && <BreakGlassButton caseId={id} />}
      </Stack>
    );
  }

  const c = file.data;
  return (
    <Stack gap="md" maw={1400}>
      <BackLink to="/cases" label={t('cases.page.back')} />
      <CaseHeader
        file={c}
        onEdit={() => navigate(`/cases/${c.id}/edit`)}
        onClose={() => setDialog('close')}
        onReopen={() => setDialog('reopen')}
      />
      <PcmaBox file={c} />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <CaseTimeline file={c} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            {(c.status === 'open' || c.actions.length > 0) && <CaseActions file={c} me={me} />}
            <CaseChildren file={c} />
            <CaseReferrals file={c} />
          </Stack>
        </Grid.Col>
      </Grid>
      {dialog === 'close' && <CloseCaseModal file={c} onClose={() => setDialog(null)} />}
      {dialog === 'reopen' && <ReopenCaseModal file={c} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
