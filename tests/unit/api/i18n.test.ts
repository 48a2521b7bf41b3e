import { describe, expect, it } from 'vitest';
import { bn } from '../../../renderer/i18n/bn';
import { en } from '../../../renderer/i18n/en';
import { translate } from '../../../electron/api/messages';

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

  /** Sentences with a count that need no plural forms, each for its reason. */
  const countWithoutPlural = new Map([
    ['attendance.reasons.falling', 'a fall is flagged over three months or more, never one'],
    ['attendance.visitList.count', 'a label ("Children to visit: 1"), not a sentence'],
    ['safetynet.agents.phones', 'a column heading, “Phone(s)”, with no count'],
  ]);

  it('give every sentence with a {{count}} its plural forms, in both languages', () => {
    const single = [...english].filter(([key, text]) => /\{\{count\}\}|\(s\)/.test(text) && !/_(one|other)$/.test(key));
    expect(single.map(([key]) => key).filter((key) => !countWithoutPlural.has(key))).toEqual([]);
    for (const key of english.keys()) {
      if (key.endsWith('_one')) expect(english.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });
});

describe('the server’s messages with a count', () => {
  it('say one change, two changes, in English and in Bengali digits', () => {
    expect(translate('en', 'errors.dbNewer', { count: 1 })).toContain('(1 change this version does not know)');
    expect(translate('en', 'errors.dbNewer', { count: 2 })).toContain('(2 changes this version does not know)');
    expect(translate('en', 'errors.caseOpenActions', { count: 1 })).toMatch(/^1 next action is not done. Mark it done/);
    expect(translate('en', 'safetynet.reasons.agent_flagged_high', { agent: 'Bapi', count: '3' })).toBe(
      'The agent Bapi already has 3 high-level departures',
    );
    expect(translate('bn', 'errors.dbNewer', { count: '১' })).toContain('১টি পরিবর্তন');
  });
});
