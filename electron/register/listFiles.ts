import { translate } from '../api/messages';
import type { AuthedCtx } from '../api/types';

// Every list exports to Excel, in the reader's language, with the date and their name on the title row.

export function ddmmyyyy(iso: string | null): string {
  return iso ? iso.slice(0, 10).split('-').reverse().join('/') : '';
}

export function stamp(ctx: AuthedCtx): { today: string; label: (key: string) => string; printed: string } {
  const lang = ctx.session.language;
  const today = ctx.today;
  return {
    today,
    label: (key) => translate(lang, key),
    printed: `${ddmmyyyy(today)} · ${ctx.session.fullName}`,
  };
}
