import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';
import { DateField } from '../../components/DateField';
import { NumberField } from '../../components/NumberField';
import { NoteField } from '../../components/NoteField';

export interface IssueDraft {
  text: string;
  childCodes: string[];
  caseNumber: string;
  departureId: string;
}

export interface PointDraft {
  what: string;
  who: string;
  dueOn: string;
}

type Errors = Partial<Record<string, ReactNode>>;

/** The issues raised at a meeting, each naming children by register code, a case or a SafetyNet departure. */
export function IssuesInput({ issues, onChange, errors }: { issues: IssueDraft[]; onChange: (v: IssueDraft[]) => void; errors: Errors }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<IssueDraft>) => onChange(issues.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Stack gap="xs">
      {issues.map((issue, i) => (
        <Paper key={i} withBorder p="sm">
          <Group justify="space-between" mb={4}>
            <Text fw={600} size="sm">
              {t('community.meetingForm.issueNumber', { n: formatNumber(i + 1) })}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('community.meetingForm.removeIssue', { n: formatNumber(i + 1) })}
              onClick={() => onChange(issues.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
          <NoteField
            maxRows={null}
            label={t('community.meetingForm.issueText')}
            required
            value={issue.text}
            error={errors[`issues.${i}.text`]}
            onChange={(e) => set(i, { text: e.currentTarget.value })}
          />
          <SimpleGrid cols={3} mt="xs">
            <TagsInput
              label={t('community.meetingForm.childCodes')}
              description={t('community.meetingForm.childCodesHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={issue.childCodes}
              error={errors[`issues.${i}.childCodes`]}
              onChange={(v) => set(i, { childCodes: v.map((c) => c.trim().toUpperCase()) })}
            />
            <TextInput
              label={t('community.meetingForm.caseNumber')}
              placeholder="BSH/2026/0001"
              value={issue.caseNumber}
              error={errors[`issues.${i}.caseNumber`]}
              onChange={(e) => set(i, { caseNumber: e.currentTarget.value })}
            />
            <NumberField
              label={t('community.meetingForm.departure')}
              value={issue.departureId}
              error={errors[`issues.${i}.departureId`]}
              onChange={(v) => set(i, { departureId: v })}
            />
          </SimpleGrid>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => onChange([...issues, { text: '', childCodes: [], caseNumber: '', departureId: '' }])}
        >
          {t('community.meetingForm.addIssue')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The action points a meeting sets: what, who, by when. */
export function PointsInput({ points, onChange, errors }: { points: PointDraft[]; onChange: (v: PointDraft[]) => void; errors: Errors }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PointDraft>) => onChange(points.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Stack gap="xs">
      {points.map((p, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={t('community.meetingForm.pointWhat', { n: formatNumber(i + 1) })}
            withAsterisk
            style={{ flex: 3 }}
            value={p.what}
            error={errors[`actionPoints.${i}.what`]}
            onChange={(e) => set(i, { what: e.currentTarget.value })}
          />
          <TextInput
            label={t('community.meetingForm.pointWho', { n: formatNumber(i + 1) })}
            withAsterisk
            style={{ flex: 2 }}
            value={p.who}
            error={errors[`actionPoints.${i}.who`]}
            onChange={(e) => set(i, { who: e.currentTarget.value })}
          />
          <DateField
            label={t('community.meetingForm.pointDue', { n: formatNumber(i + 1) })}
            withAsterisk
            w={150}
            value={p.dueOn}
            error={errors[`actionPoints.${i}.dueOn`]}
            onChange={(e) => set(i, { dueOn: e.currentTarget.value })}
          />
          <ActionIcon
            mt={28}
            variant="subtle"
            color="red"
            aria-label={t('community.meetingForm.removePoint', { n: formatNumber(i + 1) })}
            onClick={() => onChange(points.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="compact-sm" onClick={() => onChange([...points, { what: '', who: '', dueOn: '' }])}>
          {t('community.meetingForm.addPoint')}
        </Button>
      </Group>
    </Stack>
  );
}
