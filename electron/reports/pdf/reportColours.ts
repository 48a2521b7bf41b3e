/**
 * The few colours every document prints with, so a report's secondary words and rules match its frame:
 * ink for the text, muted for what is said beside it (notes, labels, "none"), rule for the lines between rows.
 */
export const reportColours = {
  ink: '#1f2933',
  muted: '#52606d',
  rule: '#9aa5b1',
} as const;
