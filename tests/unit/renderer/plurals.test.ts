import './setupI18n';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../renderer/i18n';

afterEach(() => setLanguage('en'));
const t = i18n.t.bind(i18n);

describe('counts say their noun in the plural the count asks for', () => {
  it('says one child added, one file being read, one problem more, one departure', () => {
    const added = (n: number) => t('attendance.importer.result.childrenAdded', { count: n, formatted: String(n) });
    expect(t('attendance.importer.result.changes', { added: added(1), removed: '0', changed: '2' })).toBe(
      'Changed: 1 child added, 0 removed, 2 with different marks.',
    );
    expect(added(3)).toBe('3 children added');
    expect(t('attendance.importer.reading', { count: 1, done: '1', total: '1' })).toBe('Reading 1 of 1 file');
    expect(t('attendance.importer.reading', { count: 2, done: '1', total: '2' })).toBe('Reading 1 of 2 files');
    expect(t('attendance.importer.moreProblems', { count: 1, n: '1' })).toBe('and 1 more problem like these.');
    expect(t('attendance.importer.sheetChildren', { count: 1, formatted: '1' })).toBe('1 child');
    expect(t('attendance.importer.sheetOpen', { count: 1, formatted: '1' })).toBe('the school was open 1 day');
    expect(t('safetynet.agents.flagCount', { count: 1, formatted: '1' })).toBe('1 departure');
    expect(t('attendance.importer.summary.children', { count: 1, found: '1', added: '0', missing: '0' })).toMatch(/^1 child found/);
  });

  it('says them in Bengali too', () => {
    setLanguage('bn');
    expect(t('attendance.importer.result.childrenAdded', { count: 1, formatted: '১' })).toBe('১ জন শিশু যোগ হয়েছে');
    expect(t('safetynet.agents.flagCount', { count: 2, formatted: '২' })).toBe('২টি যাত্রা');
  });
});
