import { describe, expect, it } from 'vitest';
import { sponsorArrears } from '../../../electron/sponsorship/arrears';
import { owedMonths, statusInForce } from '../../../electron/sponsorship/dues';
import { eligibleFor80g, receiptRefusal, transferRefusal, disbursementRefusal } from '../../../electron/shared/fcra';
import { assertBalanced, reversalLines } from '../../../electron/sponsorship/ledger';
import { MAX_AMOUNT_PAISE, formatRupees, parseRupees } from '../../../electron/shared/money';
import { addMonths, addYears, financialYearOf, lastDayOf, monthRange } from '../../../electron/shared/periods';
import { plannedEndOf } from '../../../electron/sponsorship/plannedEnd';

describe('money', () => {
  it('shows paise as rupees with lakh grouping, in English and Bengali digits', () => {
    expect(formatRupees(12_345_600, 'en')).toBe('₹1,23,456.00');
    expect(formatRupees(12_345_650, 'bn')).toBe('₹১,২৩,৪৫৬.৫০');
    expect(formatRupees(5, 'en')).toBe('₹0.05');
    expect(formatRupees(-12_345, 'en')).toBe('-₹123.45');
    expect(formatRupees(1_000_000_000, 'en')).toBe('₹1,00,00,000.00');
    expect(() => formatRupees(1.5)).toThrow();
  });

  it('reads what a user types into paise, refusing more than two decimals instead of rounding', () => {
    expect(parseRupees('1,234.50')).toBe(123_450);
    expect(parseRupees('₹1,23,456')).toBe(12_345_600);
    expect(parseRupees(' 2000 ')).toBe(200_000);
    expect(parseRupees('0.1')).toBe(10);
    expect(parseRupees('১২৩৪.৫')).toBe(123_450);
    // 0.1 + 0.2 style float errors cannot happen: the digits are split, not multiplied as a float.
    expect(parseRupees('1.13')).toBe(113);
    expect(parseRupees('12.345')).toBeNull();
    expect(parseRupees('-5')).toBeNull();
    expect(parseRupees('1e3')).toBeNull();
    expect(parseRupees('')).toBeNull();
    expect(parseRupees('abc')).toBeNull();
    expect(parseRupees(String(MAX_AMOUNT_PAISE))).toBeNull();
  });
});

describe('months and financial years', () => {
  it('count months and put dates in the April–March year', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(financialYearOf('2027-03-31')).toBe('2026-27');
    expect(financialYearOf('2027-04-01')).toBe('2027-28');
    expect(financialYearOf('2099-12-31')).toBe('2099-00');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(addYears('2012-02-29', 18)).toBe('2030-02-28');
  });

  it('plan a sponsorship to end when the child turns 18, approximately when only an age is known', () => {
    expect(plannedEndOf({ birthBasis: 'dob', dateOfBirth: '2015-03-10', ageYears: null, ageAsOf: null })).toEqual({
      date: '2033-03-10',
      approximate: false,
    });
    expect(plannedEndOf({ birthBasis: 'age', dateOfBirth: null, ageYears: 10, ageAsOf: '2026-11-24' })).toEqual({
      date: '2034-11-24',
      approximate: true,
    });
    expect(plannedEndOf({ birthBasis: 'age', dateOfBirth: null, ageYears: null, ageAsOf: null })).toBeNull();
  });
});

describe('FCRA and 80G rules', () => {
  it('let foreign contribution reach only the FCRA receipt account, and Indian money only the others', () => {
    for (const c of ['foreign', 'oci', 'pio'] as const) {
      expect(receiptRefusal(c, 'local_bank', 'bank_transfer')).toEqual({
        key: 'errors.sponsorship.foreignOnlyFcra',
        field: 'account',
        values: {},
      });
      expect(receiptRefusal(c, 'office_cash', 'cash')?.key).toBe('errors.sponsorship.foreignOnlyFcra');
      expect(receiptRefusal(c, 'fcra_receipt', 'bank_transfer')).toBeNull();
    }
    expect(receiptRefusal('indian_abroad', 'local_bank', 'bank_transfer')).toBeNull();
    expect(receiptRefusal('indian', 'fcra_receipt', 'bank_transfer')?.key).toBe('errors.sponsorship.localIntoFcra');
    expect(receiptRefusal('foreign', 'fcra_receipt', 'cash')?.key).toBe('errors.sponsorship.cashIntoFcra');
    expect(receiptRefusal('indian', 'in_kind_stock', 'cash')?.key).toBe('errors.sponsorship.inKindAccount');
    expect(receiptRefusal('indian', 'local_bank', 'in_kind')?.key).toBe('errors.sponsorship.inKindAccount');
    expect(receiptRefusal('indian', 'pooled_fund', 'cash')?.key).toBe('errors.sponsorship.receiptAccount');
  });

  it('keep foreign contribution inside the FCRA accounts', () => {
    expect(transferRefusal('fcra_receipt', 'fcra_utilisation')).toBeNull();
    expect(transferRefusal('fcra_utilisation', 'local_bank')?.key).toBe('errors.sponsorship.fcraOutToLocal');
    expect(transferRefusal('office_cash', 'fcra_receipt')?.key).toBe('errors.sponsorship.localIntoFcraTransfer');
    expect(transferRefusal('office_cash', 'local_bank')).toBeNull();
    expect(transferRefusal('local_bank', 'local_bank')?.key).toBe('errors.sponsorship.transferSame');
    expect(disbursementRefusal({ account: 'office_cash', mode: 'cash', funding: 'sponsor', sponsorCitizenship: 'oci' })?.key).toBe(
      'errors.sponsorship.foreignFundingNeedsFcra',
    );
    expect(disbursementRefusal({ account: 'office_cash', mode: 'cash', funding: 'pooled', sponsorCitizenship: null })).toBeNull();
  });

  it('mark cash over ₹2,000, gifts in kind and foreign contribution not eligible for 80G', () => {
    const base = { wants80g: true, citizenship: 'indian' as const };
    expect(eligibleFor80g({ ...base, mode: 'cash', amountPaise: 200_000 })).toBe(true);
    expect(eligibleFor80g({ ...base, mode: 'cash', amountPaise: 200_001 })).toBe(false);
    expect(eligibleFor80g({ ...base, mode: 'bank_transfer', amountPaise: 5_000_000 })).toBe(true);
    expect(eligibleFor80g({ ...base, mode: 'in_kind', amountPaise: 10_000 })).toBe(false);
    expect(eligibleFor80g({ ...base, wants80g: false, mode: 'upi', amountPaise: 10_000 })).toBe(false);
    expect(eligibleFor80g({ ...base, citizenship: 'foreign', mode: 'bank_transfer', amountPaise: 10_000 })).toBe(false);
  });
});

describe('postings', () => {
  it('balance, and a reversal negates each line', () => {
    const lines = [
      { account: 'local_bank' as const, amountPaise: 500 },
      { account: 'sponsor_receivable' as const, amountPaise: -500 },
    ];
    expect(() => assertBalanced(lines)).not.toThrow();
    expect(() => assertBalanced([{ account: 'local_bank', amountPaise: 5 }])).toThrow();
    expect(() => assertBalanced([...lines, { account: 'office_cash', amountPaise: 1 }])).toThrow(/balance/);
    expect(() =>
      assertBalanced([
        { account: 'local_bank', amountPaise: 0.5 },
        { account: 'office_cash', amountPaise: -0.5 },
      ]),
    ).toThrow();
    expect(reversalLines(lines).map((l) => l.amountPaise)).toEqual([-500, 500]);
  });
});

describe('dues and arrears', () => {
  const settings = { arrearsPastDueDays: 30, arrearsLapsedMonths: 2, arrearsEndedMonths: 3 };
  const owed = (months: string[]) => months.map((month) => ({ month, paise: 100_000 }));

  it('are owed only for months the sponsorship is active, up to the month the child turns 18', () => {
    const changes = [
      { status: 'active' as const, fromMonth: '2026-11' },
      { status: 'paused' as const, fromMonth: '2027-01' },
      { status: 'active' as const, fromMonth: '2027-03' },
    ];
    expect(statusInForce(changes, '2026-10')).toBeNull();
    expect(statusInForce(changes, '2027-02')).toBe('paused');
    expect(owedMonths({ startMonth: '2026-11', plannedEnd: '2027-04-09', changes, from: '2026-11', upTo: '2027-06' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-03',
      '2027-04',
    ]);
    expect(owedMonths({ startMonth: '2026-11', plannedEnd: null, changes, from: '2027-04', upTo: '2027-05' })).toEqual([
      '2027-04',
      '2027-05',
    ]);
  });

  it('move past due → lapse → end month by month while nothing is paid', () => {
    const months = ['2026-11', '2026-12', '2027-01', '2027-02'];
    const on = (today: string) => {
      const due = months.filter((m) => `${m}-01` <= today);
      return sponsorArrears(owed(due), 0, today, settings);
    };
    expect(on('2026-11-24')).toMatchObject({ state: null, monthsMissed: 0, arrearsPaise: 0, balancePaise: 100_000 });
    expect(on('2026-12-01')).toMatchObject({ state: 'past_due', monthsMissed: 1, arrearsPaise: 100_000, oldestUnpaidMonth: '2026-11' });
    expect(on('2026-12-30')).toMatchObject({ state: 'past_due', monthsMissed: 1 });
    expect(on('2027-01-01')).toMatchObject({ state: 'lapse', monthsMissed: 2, arrearsPaise: 200_000 });
    expect(on('2027-02-01')).toMatchObject({ state: 'end', monthsMissed: 3, arrearsPaise: 300_000, oldestUnpaidMonth: '2026-11' });
  });

  it('settle the oldest months first, and a part-paid month stays missed', () => {
    const charges = owed(['2026-09', '2026-10', '2026-11']);
    expect(sponsorArrears(charges, 150_000, '2026-12-15', settings)).toMatchObject({
      state: 'lapse',
      monthsMissed: 2,
      arrearsPaise: 150_000,
      oldestUnpaidMonth: '2026-10',
    });
    expect(sponsorArrears(charges, 400_000, '2026-12-15', settings)).toMatchObject({ state: null, balancePaise: -100_000 });
  });

  it('follow thresholds the coordinator changed', () => {
    const strict = { arrearsPastDueDays: 10, arrearsLapsedMonths: 3, arrearsEndedMonths: 4 };
    expect(sponsorArrears(owed(['2026-11']), 0, '2026-11-11', strict)).toMatchObject({ state: 'past_due', monthsMissed: 1 });
    expect(sponsorArrears(owed(['2026-11', '2026-12']), 0, '2026-12-15', strict)).toMatchObject({ state: 'past_due', monthsMissed: 2 });
    expect(sponsorArrears(owed(['2026-11', '2026-12', '2027-01']), 0, '2027-01-11', strict)).toMatchObject({ state: 'lapse' });
    expect(sponsorArrears(owed(['2026-11', '2026-12', '2027-01', '2027-02']), 0, '2027-02-11', strict)).toMatchObject({ state: 'end' });
  });
});
