import { translate, type Language } from '../api/messages';
import { localDigits, printedDate } from '../reports/pdf/localNumbers';
import type { RedFlag } from './redFlags';

/** The catalogue key of a flag's reason: some flags say why in more than one way. */
function reasonKey(flag: RedFlag): string {
  const why = typeof flag.values.why === 'string' ? flag.values.why : null;
  switch (flag.code) {
    case 'minor_for_work':
      return flag.values.childLabour === 1 ? 'minor_for_work_child_labour' : 'minor_for_work';
    case 'unknown_agent':
    case 'agent_flagged':
    case 'family_unaware':
      return `${flag.code}_${why ?? ''}`;
    default:
      return flag.code;
  }
}

/** Why a departure has this flag, in words, in the reader's language (digits and dates in its script). */
export function flagReason(language: Language, flag: RedFlag): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(flag.values)) {
    values[name] = typeof value === 'number' ? localDigits(String(value), language) : value;
  }
  if (flag.code === 'overdue_return' && typeof flag.values.expected === 'string' && flag.values.expected) {
    values.expected = printedDate(flag.values.expected, language);
  }
  return translate(language, `safetynet.reasons.${reasonKey(flag)}`, values);
}

export interface ExplainedFlag {
  code: RedFlag['code'];
  weight: number;
  reason: string;
}

export function explainFlags(language: Language, flagsJson: string): ExplainedFlag[] {
  return (JSON.parse(flagsJson) as RedFlag[]).map((f) => ({ code: f.code, weight: f.weight, reason: flagReason(language, f) }));
}
