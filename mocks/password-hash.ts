import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod/mini';

// The mock Hub stores what a real server would: a salted PBKDF2 hash, never the password.
/** PBKDF2-HMAC-SHA256 iterations of a new hash: OWASP's figure for that function. */
export const DEFAULT_HASH_ITERATIONS = 600_000;

let iterations = DEFAULT_HASH_ITERATIONS;

/**
 * Sets the iterations of hashes made from now on; the unit tests use few, to stay fast. A stored
 * hash keeps the count it was made with, so it verifies whatever is set now.
 */
export function setHashIterations(count: number) {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError('PBKDF2 needs a whole number of iterations ≥ 1.');
  }
  iterations = count;
}

export function hashIterations() {
  return iterations;
}

export const passwordHashSchema = z.object({
  salt: z.string(),
  hash: z.string(),
  iterations: z.int().check(z.positive()),
});
export type PasswordHash = z.infer<typeof passwordHashSchema>;

function toHex(bytes: ArrayBuffer | Uint8Array) {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string) {
  return new Uint8Array(hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
}

async function derive(password: string, salt: Uint8Array, iterations: number) {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toHex(bits);
}

export function randomHex(byteCount: number) {
  return toHex(crypto.getRandomValues(new Uint8Array(byteCount)));
}

/**
 * What the Hub stores of a session token: its SHA-256, so a copy of the stored data opens no
 * session. Unsalted and fast, unlike a password's hash: a token is 256 random bits, nothing to
 * guess. Synchronous (WebCrypto's digest is not), so finding a request's session stays one step.
 */
export function hashSessionToken(token: string) {
  return bytesToHex(sha256(utf8ToBytes(token)));
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    salt: toHex(salt),
    hash: await derive(password, salt, iterations),
    iterations,
  };
}

/**
 * What an unknown account or user, or one without a password, is checked against: the same work
 * as a real user's check, so the time of the answer does not tell which accounts and emails
 * exist. No password derives to its all-zero hash.
 */
export function dummyPasswordHash(): PasswordHash {
  return { salt: '0'.repeat(32), hash: '0'.repeat(64), iterations };
}

export async function verifyPassword(password: string, stored: PasswordHash) {
  const candidate = await derive(password, fromHex(stored.salt), stored.iterations);
  let difference = candidate.length ^ stored.hash.length;
  for (let index = 0; index < candidate.length; index += 1) {
    difference |= candidate.charCodeAt(index) ^ (stored.hash.charCodeAt(index) || 0);
  }
  return difference === 0;
}
