/**
 * The label for a code (an audit action, a kind of backup) from a catalogue section, or the code
 * itself when this version has no words for it (e.g. an action written by a newer version).
 */
export function labelFor(labels: unknown, code: string): string {
  if (labels && typeof labels === 'object' && Object.hasOwn(labels, code)) {
    const label: unknown = (labels as Record<string, unknown>)[code];
    if (typeof label === 'string') return label;
  }
  return code;
}
