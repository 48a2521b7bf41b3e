/**
 * What each recent sentence was made from (its key and values), so a message already on the screen
 * can be said again in the other language when the user switches: a toast holds text, and text
 * alone cannot be translated. Only the last few hundred are kept; a toast lives for seconds.
 */
interface Made {
  key: string;
  options: Record<string, unknown>;
}

const kept = 400;
const made = new Map<string, Made>();

export const rememberTranslations = {
  type: 'postProcessor' as const,
  name: 'remember',
  process(value: unknown, key: string | string[], options: Record<string, unknown>): unknown {
    if (typeof value !== 'string' || value === '' || options.returnObjects) return value;
    const first = Array.isArray(key) ? key[0] : key;
    if (!first) return value;
    const { lng: _lng, lngs: _lngs, ...values } = options;
    made.delete(value);
    made.set(value, { key: first, options: values });
    if (made.size > kept) {
      const oldest = made.keys().next().value;
      if (oldest !== undefined) made.delete(oldest);
    }
    return value;
  },
};

/** How a sentence on the screen was made, or undefined for text that did not come from the catalogue (a name, the server's English). */
export function madeFrom(text: string): Made | undefined {
  return made.get(text);
}
