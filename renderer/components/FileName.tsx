import { Fragment } from 'react';

/**
 * A file name that may wrap in a narrow column: at its separators (Khejurtala_High_School_ / Nov_2026.xlsx),
 * not in the middle of a word. A single part longer than the column still breaks, as a last resort.
 */
export function FileName({ name }: { name: string }) {
  const parts = name.split(/(?<=[_\-.\s()])/);
  return (
    <span style={{ overflowWrap: 'break-word' }}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
