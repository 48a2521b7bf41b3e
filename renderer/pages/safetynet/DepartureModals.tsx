import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { DateField, parseDay, todayText } from '../../components/DateField';
import { useFieldErrors } from '../register/useFieldErrors';
import { checkInMethods, checkInOutcomes, departureLevels, howSureLevels, isOneOf, returnConditions, type DepartureLevel } from './labels';
import { safetynetKeys, type Departure } from './queries';

function ModalForm({
  title,
  onClose,
  onSubmit,
  saving,
  save,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: (e: FormEvent) => void;
  saving: boolean;
  save: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="md"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function useSaved(message: string, onClose: () => void) {
  const queryClient = useQueryClient();
  return async () => {
    notifications.show({ color: 'teal', message });
    await queryClient.invalidateQueries({ queryKey: safetynetKeys.all });
    onClose();
  };
}

/** A call or a visit to the family: the date, how, and what was found. */
export function CheckInModal({ departure, onClose }: { departure: Departure; onClose: () => void }) {
  const { t } = useTranslation();
  const [checkedOn, setCheckedOn] = useState(todayText);
  const [method, setMethod] = useState<(typeof checkInMethods)[number]>('phone');
  const [outcome, setOutcome] = useState<(typeof checkInOutcomes)[number] | null>(null);
  const [note, setNote] = useState('');
  const form = useFieldErrors<'checkedOn' | 'outcome' | 'note'>();
  const saved = useSaved(t('safetynet.checkIn.saved'), onClose);
  const save = useMutation({
    mutationFn: (day: string) => call('migrations.checkIn', { id: departure.id, checkedOn: day, method, outcome: outcome ?? 'safe', note }),
    onSuccess: saved,
    onError: (error) => showError(t, error, form, ['checkedOn', 'outcome', 'note']),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const day = parseDay(checkedOn);
    if (!day) form.setFieldError('checkedOn', checkedOn.trim() ? t('errors.date') : t('errors.required'));
    if (!outcome) form.setFieldError('outcome', t('errors.safetynet.checkInOutcome'));
    if (day && outcome) save.mutate(day);
  };
  return (
    <ModalForm
      title={t('safetynet.checkIn.title', { name: departure.name })}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      save={t('safetynet.checkIn.save')}
    >
      <DateField
        label={t('safetynet.checkIn.checkedOn')}
        withAsterisk
        data-autofocus
        value={checkedOn}
        error={form.errors.checkedOn}
        onChange={(e) => setCheckedOn(e.currentTarget.value)}
      />
      <Select
        label={t('safetynet.checkIn.method')}
        data={checkInMethods.map((m) => ({ value: m, label: t(`safetynet.checkInMethods.${m}`) }))}
        value={method}
        allowDeselect={false}
        onChange={(m) => isOneOf(checkInMethods, m) && setMethod(m)}
      />
      <Select
        label={t('safetynet.checkIn.outcome')}
        withAsterisk
        data={checkInOutcomes.map((o) => ({ value: o, label: t(`safetynet.checkInOutcomes.${o}`) }))}
        value={outcome}
        error={form.errors.outcome}
        allowDeselect={false}
        onChange={(o) => setOutcome(isOneOf(checkInOutcomes, o) ? o : null)}
      />
      <Textarea
        label={t('safetynet.checkIn.note')}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        error={form.errors.note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </ModalForm>
  );
}

/** The person came back: when, and in what condition. */
export function ReturnModal({ departure, onClose }: { departure: Departure; onClose: () => void }) {
  const { t } = useTranslation();
  const [returnedOn, setReturnedOn] = useState(todayText);
  const [condition, setCondition] = useState<(typeof returnConditions)[number] | null>(null);
  const [note, setNote] = useState('');
  const form = useFieldErrors<'returnedOn' | 'condition' | 'note'>();
  const saved = useSaved(t('safetynet.returnForm.saved'), onClose);
  const save = useMutation({
    mutationFn: (day: string) =>
      call('migrations.recordReturn', { id: departure.id, returnedOn: day, condition: condition ?? 'safe', note }),
    onSuccess: saved,
    onError: (error) => showError(t, error, form, ['returnedOn', 'condition', 'note']),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    const day = parseDay(returnedOn);
    if (!day) form.setFieldError('returnedOn', returnedOn.trim() ? t('errors.date') : t('errors.required'));
    if (!condition) form.setFieldError('condition', t('errors.safetynet.returnCondition'));
    if (day && condition) save.mutate(day);
  };
  return (
    <ModalForm
      title={t('safetynet.returnForm.title', { name: departure.name })}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      save={t('safetynet.returnForm.save')}
    >
      <DateField
        label={t('safetynet.returnForm.returnedOn')}
        withAsterisk
        data-autofocus
        value={returnedOn}
        error={form.errors.returnedOn}
        onChange={(e) => setReturnedOn(e.currentTarget.value)}
      />
      <Select
        label={t('safetynet.returnForm.condition')}
        withAsterisk
        data={returnConditions.map((c) => ({ value: c, label: t(`safetynet.returnConditions.${c}`) }))}
        value={condition}
        error={form.errors.condition}
        allowDeselect={false}
        onChange={(c) => setCondition(isOneOf(returnConditions, c) ? c : null)}
      />
      <Textarea
        label={t('safetynet.returnForm.note')}
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        error={form.errors.note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </ModalForm>
  );
}

const rulesValue = 'rules';

/** A case worker's judgement over the score, with the reason and how sure they are. */
export function OverrideModal({ departure, onClose }: { departure: Departure; onClose: () => void }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<DepartureLevel | typeof rulesValue>(departure.levelOverride ?? rulesValue);
  const [reason, setReason] = useState('');
  const [howSure, setHowSure] = useState<string | null>(departure.howSure === null ? null : String(departure.howSure));
  const form = useFieldErrors<'reason' | 'level' | 'howSure'>();
  const saved = useSaved(t('safetynet.override.saved'), onClose);
  const save = useMutation({
    mutationFn: () =>
      call('migrations.overrideLevel', {
        id: departure.id,
        level: level === rulesValue ? null : level,
        reason,
        howSure: howSure ? Number(howSure) : null,
      }),
    onSuccess: saved,
    onError: (error) => showError(t, error, form, ['reason', 'level', 'howSure']),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clearAll();
    if (!reason.trim()) form.setFieldError('reason', t('errors.required'));
    else save.mutate();
  };
  return (
    <ModalForm
      title={t('safetynet.override.title')}
      onClose={onClose}
      onSubmit={submit}
      saving={save.isPending}
      save={t('safetynet.override.save')}
    >
      <Text size="sm" c="dimmed">
        {t('safetynet.override.intro')}
      </Text>
      <Select
        label={t('safetynet.override.level')}
        data={[
          { value: rulesValue, label: `${t('safetynet.override.rules')} (${t(`safetynet.levels.${departure.computedLevel}`)})` },
          ...departureLevels.map((l) => ({ value: l, label: t(`safetynet.levels.${l}`) })),
        ]}
        value={level}
        allowDeselect={false}
        onChange={(l) => setLevel(isOneOf(departureLevels, l) ? l : rulesValue)}
      />
      <Textarea
        label={t('safetynet.override.reason')}
        withAsterisk
        data-autofocus
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        error={form.errors.reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Select
        label={t('safetynet.override.howSure')}
        clearable
        data={howSureLevels.map((n) => ({ value: String(n), label: t(`safetynet.override.howSureLevels.s${n}`) }))}
        value={howSure}
        onChange={setHowSure}
      />
    </ModalForm>
  );
}
