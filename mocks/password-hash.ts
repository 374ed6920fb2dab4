import { z } from 'zod/mini';

// The mock Hub stores what a real server would: a salted PBKDF2 hash, never the password.
// The iteration count is lower than a production server's so that tests stay fast.
const ITERATIONS = 20_000;

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

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    salt: toHex(salt),
    hash: await derive(password, salt, ITERATIONS),
    iterations: ITERATIONS,
  };
}

export async function verifyPassword(password: string, stored: PasswordHash) {
  const candidate = await derive(password, fromHex(stored.salt), stored.iterations);
  let difference = candidate.length ^ stored.hash.length;
  for (let index = 0; index < candidate.length; index += 1) {
    difference |= candidate.charCodeAt(index) ^ (stored.hash.charCodeAt(index) || 0);
  }
  return difference === 0;
}
