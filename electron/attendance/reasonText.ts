import { translate, type Language } from '../api/messages';
import type { FlagReason } from './flags';
import { reasonParams } from '../shared/reasonWords';

/** A flag's reason as a sentence in the reader's language (attendance.reasons.<code>), for exports and PDFs. */
export function reasonText(language: Language, reason: FlagReason): string {
  return translate(language, `attendance.reasons.${reason.code}`, reasonParams(reason, language));
}
