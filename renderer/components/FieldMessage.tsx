import { useTranslation } from 'react-i18next';
import type { Problem } from '../../electron/api/errors';
import { sentenceValues } from '../../electron/shared/sentenceValues';
import type { MessageKey } from '../i18n/en';
import { madeFrom } from '../i18n/remembered';

/**
 * A field's problem from the server, kept as its key and values and said at display time, so that
 * switching language says it again in the new one (a form's error is shown until the field changes).
 */
export function ProblemMessage({ problem }: { problem: Problem }) {
  const { t, i18n } = useTranslation();
  return <>{t(problem.key, sentenceValues(problem.values, i18n.language === 'bn' ? 'bn' : 'en'))}</>;
}

/** A message the form made itself (a rule's t() text), said again in the language now chosen. */
export function SaidAgain({ text }: { text: string }) {
  const { t } = useTranslation();
  const made = madeFrom(text);
  return <>{made ? t(made.key as MessageKey, made.options as never) : text}</>;
}
