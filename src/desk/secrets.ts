// Passwords, session and API tokens. Passwords are hashed with scrypt (memory-hard, built
// into Node: no native add-on to compile, nothing to download); tokens are random and only
// their SHA-256 is stored, so a copy of the database gives nobody a way in.

import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// N = 2^15, r = 8: 32 MiB and about 0.1 s per hash here, OWASP's minimum for scrypt.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };

const derive = (password: string, salt: Buffer, o: { N: number; r: number; p: number }) => new Promise<Buffer>((resolve, reject) =>
  scrypt(password.normalize('NFC'), salt, 32, { ...o, maxmem: 128 * o.N * o.r * 2 } satisfies ScryptOptions, (e, key) => (e ? reject(e) : resolve(key))));

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(N), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash that costs as much to check as a real one, for unknown accounts (no timing oracle). */
export const DUMMY_HASH = 'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export const newToken = (prefix = '') => prefix + randomBytes(32).toString('base64url');
export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
