import { describe, expect, it } from 'vitest';
import { bn } from '../../../renderer/i18n/bn';
import { en } from '../../../renderer/i18n/en';

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') out.set(prefix, node);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) for (const [p, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  }
  return out;
}

describe('catalogues', () => {
  const english = leaves(en);
  const bengali = leaves(bn);

  it('have the same keys in English and Bengali, none blank', () => {
    expect([...bengali.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of [...english, ...bengali]) expect(text.trim(), key).not.toBe('');
  });

  it('keep the same {{placeholders}} in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const [key, text] of english) expect(placeholders(bengali.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('translate the screens into Bengali script', () => {
    const translated = [...bengali].filter(([key]) => !key.startsWith('common.english')).filter(([, s]) => /[\u0980-\u09FF]/.test(s));
    expect(translated.length / bengali.size).toBeGreaterThan(0.9);
  });
});
