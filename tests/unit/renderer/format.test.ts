import './setupI18n';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../renderer/i18n';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  parseDate,
} from '../../../renderer/format';

afterEach(() => setLanguage('en'));

describe('one formatter per language', () => {
  it('writes dates DD/MM/YYYY in the screen’s digits, and reads back what it wrote in either digit set', () => {
    expect(formatDate('2026-11-05')).toBe('05/11/2026');
    setLanguage('bn');
    expect(formatDate('2026-11-05')).toBe('০৫/১১/২০২৬');
    expect(parseDate(formatDate('2026-11-05'))).toBe('2026-11-05');
    expect(parseDate('৫/১১/২০২৬')).toBe('2026-11-05');
    expect(parseDate('05/11/2026')).toBe('2026-11-05');
    expect(parseDate('৩১/০২/২০১৪')).toBeNull();
    expect(formatDateTime('2026-11-05T04:30:00Z')).toMatch(/^০৫\/১১\/২০২৬ [০-৯]{2}:[০-৯]{2}$/);
  });

  it('names months the same way on every screen: no "Sept" beside "Jul", no "আগ" or "নভেঃ"', () => {
    const months = ['2026-07', '2026-08', '2026-09', '2026-11'];
    expect(months.map((m) => formatMonth(m))).toEqual(['Jul 2026', 'Aug 2026', 'Sep 2026', 'Nov 2026']);
    expect(formatMonth('2026-09', 'long')).toBe('September 2026');
    setLanguage('bn');
    expect(months.map((m) => formatMonth(m))).toEqual(['জুলাই ২০২৬', 'আগস্ট ২০২৬', 'সেপ্টে. ২০২৬', 'নভে. ২০২৬']);
    expect(formatMonth('2026-11', 'long')).toBe('নভেম্বর ২০২৬');
  });

  it('writes numbers, money, percentages and sizes in Bengali digits, the size unit as kB/MB in both', () => {
    expect(formatBytes(12_700)).toBe('12.4 kB');
    expect(formatMoney(1_800_000)).toBe('₹18,000.00');
    setLanguage('bn');
    expect(formatNumber(123456)).toBe('১,২৩,৪৫৬');
    expect(formatMoney(1_800_000)).toBe('₹১৮,০০০.০০');
    expect(formatPercent(55)).toBe('৫৫%');
    expect(formatBytes(12_700)).toBe('১২.৪ kB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('৫ MB');
  });

  it('puts the numbers of a sentence in its digits, and still picks the plural from the number', () => {
    setLanguage('bn');
    const text = i18n.t('auditFacts.details.worklist.assign', { count: 12, volunteer: 'Rina Das' });
    expect(text).toContain('১২ জন');
    expect(text).not.toMatch(/[0-9]/);
    setLanguage('en');
    expect(i18n.t('auditFacts.details.worklist.assign', { count: 1, volunteer: 'Rina Das' })).toBe('1 child given to Rina Das');
    expect(i18n.t('auditFacts.details.worklist.assign', { count: 3, volunteer: 'Rina Das' })).toBe('3 children given to Rina Das');
  });
});
