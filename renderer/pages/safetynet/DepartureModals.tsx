import { Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { showError } from '../../components/errors';
import { NoteField } from '../../components/NoteField';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { dayOf, filled, readableDay } from '../../components/forms';
import { checkInMethods, checkInOutcomes, departureLevels, howSureLevels, isOneOf, returnConditions, type DepartureLevel } from './labels';
import { safetynetKeys, type Departure } from './queries';

/** A departure's action has been written: say so, and let every SafetyNet list show it. */
function useSaveDepartureAction<V>(send: (values: V) => Promise<unknown>, savedMessage: string, onClose: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: savedMessage });
      await queryClient.invalidateQueries({ queryKey: safetynetKeys.all });
      onClose();
    },
  });
}

interface DayChoiceNote {
  /** The names of the method's day and choice fields, so that the server's problem with either lands there. */
  dayField: string;
  choiceField: string;
  title: string;
  submitLabel: string;
  savedMessage: string;
  dayLabel: string;
  choiceLabel: string;
  choices: readonly { value: string; label: string }[];
  /** What to say when no choice was made. */
  unchosen: string;
  noteLabel: string;
  send: (day: string, choice: string, note: string) => Promise<unknown>;
  onClose: () => void;
  /** Fields between the day and the choice. */
  children?: ReactNode;
}

/** What was found on a day (a check-in, a return): the day, one of a list, and a note. */
function DayChoiceNoteModal(props: DayChoiceNote) {
  const { t } = useTranslation();
  const { dayField, choiceField } = props;
  const dateRule = readableDay(t('errors.date'));
  const form = useForm<Record<string, string | null>>({
    initialValues: { [dayField]: todayText(), [choiceField]: null, note: '' },
    validate: {
      [dayField]: (day) => (day?.trim() ? dateRule(day) : t('errors.required')),
      [choiceField]: filled(props.unchosen),
    },
  });
  const save = useSaveDepartureAction(
    (v: typeof form.values) => props.send(dayOf(v[dayField] ?? ''), v[choiceField] ?? '', v.note ?? ''),
    props.savedMessage,
    props.onClose,
  );
  return (
    <FormModal
      title={props.title}
      onClose={props.onClose}
      onSubmit={form.onSubmit((values) =>
        save.mutate(values, { onError: (error) => showError(t, error, form, [dayField, choiceField, 'note']) }),
      )}
      submitLabel={props.submitLabel}
      pending={save.isPending}
    >
      <DateField label={props.dayLabel} withAsterisk data-autofocus {...form.getInputProps(dayField)} />
      {props.children}
      <Select label={props.choiceLabel} withAsterisk data={props.choices} allowDeselect={false} {...form.getInputProps(choiceField)} />
      <Textarea label={props.noteLabel} autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
    </FormModal>
  );
}

/** A call or a visit to the family: the date, how, and what was found. */
export function CheckInModal({ departure, onClose }: { departure: Departure; onClose: () => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<(typeof checkInMethods)[number]>('phone');
  return (
    <DayChoiceNoteModal
      dayField="checkedOn"
      choiceField="outcome"
      title={t('safetynet.checkIn.title', { name: departure.name })}
      submitLabel={t('safetynet.checkIn.save')}
      savedMessage={t('safetynet.checkIn.saved')}
      dayLabel={t('safetynet.checkIn.checkedOn')}
      choiceLabel={t('safetynet.checkIn.outcome')}
      choices={checkInOutcomes.map((o) => ({ value: o, label: t(`safetynet.checkInOutcomes.${o}`) }))}
      unchosen={t('errors.safetynet.checkInOutcome')}
      noteLabel={t('safetynet.checkIn.note')}
      send={(checkedOn, outcome, note) =>
        call('migrations.checkIn', {
          id: departure.id,
          checkedOn,
          method,
          outcome: isOneOf(checkInOutcomes, outcome) ? outcome : 'safe',
          note,
        })
      }
      onClose={onClose}
    >
      <Select
        label={t('safetynet.checkIn.method')}
        data={checkInMethods.map((m) => ({ value: m, label: t(`safetynet.checkInMethods.${m}`) }))}
        value={method}
        allowDeselect={false}
        onChange={(m) => isOneOf(checkInMethods, m) && setMethod(m)}
      />
    </DayChoiceNoteModal>
  );
}

/** The person came back: when, and in what condition. */
export function ReturnModal({ departure, onClose }: { departure: Departure; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <DayChoiceNoteModal
      dayField="returnedOn"
      choiceField="condition"
      title={t('safetynet.returnForm.title', { name: departure.name })}
      submitLabel={t('safetynet.returnForm.save')}
      savedMessage={t('safetynet.returnForm.saved')}
      dayLabel={t('safetynet.returnForm.returnedOn')}
      choiceLabel={t('safetynet.returnForm.condition')}
      choices={returnConditions.map((c) => ({ value: c, label: t(`safetynet.returnConditions.${c}`) }))}
      unchosen={t('errors.safetynet.returnCondition')}
      noteLabel={t('safetynet.returnForm.note')}
      send={(returnedOn, condition, note) =>
        call('migrations.recordReturn', {
          id: departure.id,
          returnedOn,
          condition: isOneOf(returnConditions, condition) ? condition : 'safe',
          note,
        })
      }
      onClose={onClose}
    />
  );
}

const rulesValue = 'rules';

/** A case worker's judgement over the score, with the reason and how sure they are. */
export function OverrideModal({ departure, onClose }: { departure: Departure; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      level: (departure.levelOverride ?? rulesValue) as DepartureLevel | typeof rulesValue,
      reason: '',
      howSure: departure.howSure === null ? null : String(departure.howSure),
    },
    validate: { reason: filled(t('errors.required')) },
  });
  const save = useSaveDepartureAction(
    ({ level, reason, howSure }: typeof form.values) =>
      call('migrations.overrideLevel', {
        id: departure.id,
        level: level === rulesValue ? null : level,
        reason,
        howSure: howSure ? Number(howSure) : null,
      }),
    t('safetynet.override.saved'),
    onClose,
  );
  return (
    <FormModal
      title={t('safetynet.override.title')}
      onClose={onClose}
      onSubmit={form.onSubmit((values) =>
        save.mutate(values, { onError: (error) => showError(t, error, form, ['reason', 'level', 'howSure']) }),
      )}
      submitLabel={t('safetynet.override.save')}
      pending={save.isPending}
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
        allowDeselect={false}
        {...form.getInputProps('level')}
      />
      <NoteField
        maxRows={null}
        label={t('safetynet.override.reason')}
        required
        data-autofocus
        maxLength={500}
        {...form.getInputProps('reason')}
      />
      <Select
        label={t('safetynet.override.howSure')}
        clearable
        data={howSureLevels.map((n) => ({ value: String(n), label: t(`safetynet.override.howSureLevels.s${n}`) }))}
        {...form.getInputProps('howSure')}
      />
    </FormModal>
  );
}
