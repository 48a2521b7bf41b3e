import { FileInput, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../electron/api/contract';
import { consentFrom, consentMethods, consentWaivers } from '../../../electron/shared/caseVocabulary';
import { readBase64 } from '../../components/fileBase64';
import { isOneOf } from './labels';

type ConsentInput = NonNullable<ApiInput<'cases.refer'>['consent']>;
type Whose = (typeof consentFrom)[number] | 'not_needed';
const whoseChoices = [...consentFrom, 'not_needed'] as const;

export const consentFields = [
  'consent.from',
  'consent.method',
  'consent.witness',
  'consent.form',
  'consent.waiver',
  'consent.note',
] as const;
type ConsentField = (typeof consentFields)[number];

interface ConsentState {
  whose: Whose | null;
  method: (typeof consentMethods)[number] | null;
  witness: string;
  form: File | null;
  waiver: (typeof consentWaivers)[number] | null;
  note: string;
}

/** What the consent fields hold, and the input the server takes (the signed form read as base64). */
export function useConsent() {
  const [state, setState] = useState<ConsentState>({ whose: null, method: null, witness: '', form: null, waiver: null, note: '' });
  const toInput = async (): Promise<ConsentInput> => {
    if (state.whose === 'not_needed') return { waiver: state.waiver, note: state.note };
    return {
      from: state.whose,
      method: state.method,
      witness: state.witness,
      note: state.note,
      form: state.form ? { fileName: state.form.name, contentBase64: await readBase64(state.form) } : null,
    };
  };
  return { state, change: (c: Partial<ConsentState>) => setState((s) => ({ ...s, ...c })), toInput };
}

/**
 * Consent before a referral: whose (the child's, by age and understanding; the guardian's), how
 * (a signed form, attached; spoken before a witness), or why none was needed.
 */
export function ConsentFields({
  consent,
  errors,
  clear,
}: {
  consent: ReturnType<typeof useConsent>;
  errors: Partial<Record<ConsentField, string>>;
  clear: (field: ConsentField) => void;
}) {
  const { t } = useTranslation();
  const { state, change } = consent;
  return (
    <Stack gap="xs" component="fieldset" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }} p="sm" m={0}>
      <Text component="legend" size="sm" fw={600} px={4}>
        {t('cases.consent.title')}
      </Text>
      <Group grow align="flex-start">
        <Select
          label={t('cases.consent.whose')}
          placeholder={t('cases.form.choose')}
          withAsterisk
          data={whoseChoices.map((w) => ({ value: w, label: t(`cases.consent.from.${w}`) }))}
          value={state.whose}
          error={errors['consent.from']}
          allowDeselect={false}
          onChange={(v) => {
            change({ whose: isOneOf(whoseChoices, v) ? v : null });
            clear('consent.from');
          }}
        />
        {state.whose === 'not_needed' ? (
          <Select
            label={t('cases.consent.why')}
            placeholder={t('cases.form.choose')}
            withAsterisk
            data={consentWaivers.map((w) => ({ value: w, label: t(`cases.consent.waivers.${w}`) }))}
            value={state.waiver}
            error={errors['consent.waiver']}
            allowDeselect={false}
            onChange={(v) => {
              change({ waiver: isOneOf(consentWaivers, v) ? v : null });
              clear('consent.waiver');
            }}
          />
        ) : (
          <Select
            label={t('cases.consent.how')}
            placeholder={t('cases.form.choose')}
            withAsterisk
            data={consentMethods.map((m) => ({ value: m, label: t(`cases.consent.methods.${m}`) }))}
            value={state.method}
            error={errors['consent.method']}
            allowDeselect={false}
            onChange={(v) => {
              change({ method: isOneOf(consentMethods, v) ? v : null });
              clear('consent.method');
            }}
          />
        )}
      </Group>
      {state.whose !== 'not_needed' && state.method === 'signed_form' && (
        <FileInput
          label={t('cases.consent.form')}
          placeholder={t('cases.consent.formHint')}
          withAsterisk
          accept="image/jpeg,image/png,application/pdf"
          value={state.form}
          error={errors['consent.form']}
          clearable
          onChange={(f) => {
            change({ form: f });
            clear('consent.form');
          }}
        />
      )}
      {state.whose !== 'not_needed' && state.method === 'verbal_witnessed' && (
        <TextInput
          label={t('cases.consent.witness')}
          placeholder={t('cases.consent.witnessHint')}
          withAsterisk
          maxLength={200}
          value={state.witness}
          error={errors['consent.witness']}
          onChange={(e) => {
            change({ witness: e.currentTarget.value });
            clear('consent.witness');
          }}
        />
      )}
      <TextInput
        label={state.whose === 'not_needed' ? t('cases.consent.noteWaiver') : t('cases.consent.note')}
        withAsterisk={state.whose === 'not_needed'}
        maxLength={500}
        value={state.note}
        error={errors['consent.note']}
        onChange={(e) => {
          change({ note: e.currentTarget.value });
          clear('consent.note');
        }}
      />
    </Stack>
  );
}

/** One line saying what consent a referral was made with, or null when none is recorded. */
export function consentLine(
  t: TFunction,
  r: {
    consentFrom: string | null;
    consentMethod: string | null;
    consentWitness: string | null;
    consentWaiver: string | null;
    consentNote: string | null;
  },
): string | null {
  if (isOneOf(consentWaivers, r.consentWaiver)) {
    return t('cases.consent.lineWaiver', { why: t(`cases.consent.waivers.${r.consentWaiver}`), note: r.consentNote ?? '' });
  }
  if (!isOneOf(consentFrom, r.consentFrom)) return null;
  const how = isOneOf(consentMethods, r.consentMethod) ? t(`cases.consent.methods.${r.consentMethod}`) : '';
  return t('cases.consent.line', {
    whose: t(`cases.consent.from.${r.consentFrom}`),
    how: r.consentWitness ? `${how} (${r.consentWitness})` : how,
  });
}
