import { describe, expect, it } from 'vitest';
import { nameKeyOf, queryKeys, tokenKey } from '../../../electron/register/nameKey';

describe('spelling-variant keys', () => {
  it.each([
    ['Mondal', 'Mandal', 'Mondol', 'মণ্ডল'],
    ['Sheikh', 'Sk', 'Shaikh', 'Sekh'],
    ['Priya', 'Prya', 'প্রিয়া', 'Preeya'],
    ['Mohammad', 'Md', 'Mohd', 'Muhammad'],
    ['Rahman', 'Rahaman', 'রহমান', 'Rehman'],
    ['Biswas', 'Bishwas', 'বিশ্বাস', 'Biswash'],
    ['Yasmin', 'Jasmin', 'ইয়াসমিন', 'Yasmeen'],
    // Issue 11, rule 9: the equivalences Bengali names show (sources cited in register/nameKey.ts).
    ['Calcutta', 'Kolkata', 'কলকাতা', 'Kalkata'], // hard c before a, o, u
    ['Kamala', 'Camala', 'কমলা', 'Komola'],
    ['Cooch', 'Kuch', 'কুচ', 'Kooch'],
    ['Sudeep', 'Sudip', 'সুদীপ', 'Soodip'], // ee/i, oo/u
    ['Biswas', 'Wiswas', 'Viswas', 'বিশ্বাস'], // w/v/b
    ['Vijay', 'Bijoy', 'বিজয়', 'Bijay'],
    ['Farida', 'Pharida', 'ফরিদা', 'Fareeda'], // ph/f
    ['Zakir', 'Jakir', 'জাকির', 'Zaakir'], // z/j
    ['Shampa', 'Sampa', 'শম্পা', 'Shompa'], // sh/s
    ['Mamata', 'Mammata', 'মমতা', 'Momota'], // double letters
    ['Rahima', 'Rahim', 'রহিমা', 'Raheem'], // silent final a
    ['Roy', 'Ray', 'Rai', 'রায়'],
    ['Biswajit', 'Biswajeet', 'বিশ্বজিৎ', 'Bishwajit'], // -jit/-jeet
    ['Md', 'Mohammad', 'Mohd', 'মোঃ'],
    ['Mohammed', 'Muhammad', 'মোহাম্মদ', 'Mahammad'],
    ['Chowdhury', 'Choudhury', 'Chaudhuri', 'চৌধুরী'],
    ['Sourav', 'Saurabh', 'সৌরভ', 'Sowrav'],
  ])('%s, %s, %s and %s share one key', (...variants) => {
    expect(new Set(variants.map(tokenKey)).size).toBe(1);
  });

  it('tells different names apart', () => {
    expect(tokenKey('Mondal')).not.toBe(tokenKey('Mandi'));
    expect(tokenKey('Das')).not.toBe(tokenKey('Dey'));
    expect(tokenKey('Ghosh')).not.toBe(tokenKey('Bose'));
  });

  it('keys every token of both scripts and what the user types', () => {
    expect(nameKeyOf('Priya Mondal', 'প্রিয়া মণ্ডল')).toBe(' pr mndl ');
    expect(queryKeys('Sk. Rahim')).toEqual(['sk', 'rm']);
  });

  it('keeps apart names the new equivalences could merge', () => {
    expect(tokenKey('Chandan')).not.toBe(tokenKey('Kandan')); // ch is not a hard c
    expect(tokenKey('Das')).not.toBe(tokenKey('Dey'));
    expect(tokenKey('Rina')).not.toBe(tokenKey('Rita'));
  });

  it('does not let one word without a variant fail a query of several: an initial is left out', () => {
    expect(queryKeys('A. Rahman')).toEqual(['rmn']);
    expect(queryKeys('Md Rahim Calcutta')).toEqual(['md', 'rm', 'klkt']);
    expect(queryKeys('A')).toEqual(['a']);
  });
});
