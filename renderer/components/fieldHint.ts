import type { ReactNode } from 'react';

type WrapperPart = 'label' | 'input' | 'description' | 'error';

/**
 * A field's hint, shown under its input and above its error rather than between label and input:
 * spread into a Mantine input (`{...hintBelow(t('…'))}`) so every form places its hints alike.
 */
export function hintBelow(hint: ReactNode): { description: ReactNode; inputWrapperOrder: WrapperPart[] } {
  return { description: hint, inputWrapperOrder: ['label', 'input', 'description', 'error'] };
}
