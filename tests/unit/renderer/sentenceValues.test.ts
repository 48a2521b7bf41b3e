import './setupI18n';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { setLanguage } from '../../../renderer/i18n';
import { problemText } from '../../../renderer/components/errors';
import { formatMonth } from '../../../renderer/format';
import { monthName } from '../../../electron/shared/reasonWords';
import { englishMessage } from '../../../electron/api/messages';
import { writeRefusal } from '../../../electron/host/hostMode';

afterEach(() => setLanguage('en'));
const t = i18n.t.bind(i18n);

describe('a refusal carrying amounts and days, said in the reader’s language', () => {
  const refusal = {
    key: 'errors.sponsorship.cashBelowZero' as const,
    values: { balancePaise: 100_000, dateOn: '2026-11-20', amountPaise: 150_000, shortPaise: 50_000 },
  };

  it('reads in English as the server writes it', () => {
    expect(englishMessage(refusal.key, refusal.values)).toMatch(
      /^Office cash holds ₹1,000\.00 on 20\/11\/2026: paying ₹1,500\.00 from it would leave it ₹500\.00 short/,
    );
    expect(problemText(t, refusal)).toBe(englishMessage(refusal.key, refusal.values));
  });

  it('reads in Bengali with Bengali digits, formatted on the screen from the raw values', () => {
    setLanguage('bn');
    const text = problemText(t, refusal);
    expect(text).toContain('₹১,০০০.০০');
    expect(text).toContain('₹৫০০.০০');
    expect(text).toContain('২০/১১/২০২৬');
    expect(text).not.toMatch(/[0-9]/);
  });
});

describe('one source of month words', () => {
  it('names every month in the PDFs as the screens do, in both languages', () => {
    for (let m = 1; m <= 12; m++) {
      const month = `2026-${String(m).padStart(2, '0')}`;
      expect(monthName(month, 'en')).toBe(formatMonth(month, 'long', 'en'));
      expect(monthName(month, 'bn')).toBe(formatMonth(month, 'long', 'bn'));
    }
    expect(monthName('2026-11', 'bn')).toBe('নভেম্বর ২০২৬');
    expect(monthName('2026-09', 'en')).toBe('September 2026');
  });
});

describe('a read-only snapshot’s and a fenced host’s refusals, said with the reader’s date and digits', () => {
  const snapshot = writeRefusal({ kind: 'snapshot', folder: '/standby', takenAt: '2026-11-20T14:05:00', hostName: 'office-pc' });
  const fenced = writeRefusal({ kind: 'fenced', takenOverAt: '2026-12-01T09:30:00', by: 'standby-pc' });

  it('read in English with DD/MM/YYYY HH:MM, as the server writes them', () => {
    expect(snapshot && problemText(t, snapshot)).toBe(
      'This is the snapshot of 20/11/2026 14:05, read-only: nothing can be saved here until the office host is back',
    );
    expect(fenced && problemText(t, fenced)).toBe(
      'Another PC (standby-pc) took over as the office host at 01/12/2026 09:30: this PC no longer saves changes',
    );
    expect(snapshot && englishMessage(snapshot.key, snapshot.values)).toBe(snapshot && problemText(t, snapshot));
  });

  it('read in Bengali with Bengali digits, and no Latin digit left', () => {
    setLanguage('bn');
    const snapshotText = snapshot ? problemText(t, snapshot) : '';
    const fencedText = fenced ? problemText(t, fenced) : '';
    expect(snapshotText).toContain('২০/১১/২০২৬ ১৪:০৫');
    expect(fencedText).toContain('০১/১২/২০২৬ ০৯:৩০');
    expect(fencedText).toContain('standby-pc');
    expect(`${snapshotText}${fencedText}`).not.toMatch(/[0-9]/);
  });
});
