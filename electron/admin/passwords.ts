import type { MessageKey } from '../shared/problem';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

// N=2^15 costs ~60 ms on an office PC: slow for a guesser, unnoticeable at login.
const params = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const keyLength = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, keyLength, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: params.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/**
 * The minimum strength: at least 8 characters, a letter and a digit, and not the username.
 * Returns the i18n key of the first rule broken, or null.
 */
export function passwordWeakness(password: string, username: string): MessageKey | null {
  if (password.length < 8) return 'errors.passwordShort';
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'errors.passwordMix';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'errors.passwordUsername';
  return null;
}
