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
  ])('%s, %s, %s and %s share one key', (...variants) => {
    expect(new Set(variants.map(tokenKey)).size).toBe(1);
  });

  it('tells different names apart', () => {
    expect(tokenKey('Mondal')).not.toBe(tokenKey('Mandi'));
    expect(tokenKey('Das')).not.toBe(tokenKey('Dey'));
    expect(tokenKey('Ghosh')).not.toBe(tokenKey('Bose'));
  });

  it('keys every token of both scripts and what the user types', () => {
    expect(nameKeyOf('Priya Mondal', 'প্রিয়া মণ্ডল')).toBe(' prj mndl ');
    expect(queryKeys('Sk. Rahim')).toEqual(['sk', 'rm']);
  });
});
