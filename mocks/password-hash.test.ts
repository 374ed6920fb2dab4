// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_HASH_ITERATIONS,
  hashIterations,
  hashPassword,
  hashSessionToken,
  setHashIterations,
  verifyPassword,
} from './password-hash';
import { createSeedState, DEMO_PASSWORD, DEMO_PASSWORD_HASH } from './seed';

// The tests' setup hashes with few iterations; each test here puts back what it found.
const testIterations = hashIterations();
afterEach(() => setHashIterations(testIterations));

describe('password hashes', () => {
  it('take 600,000 PBKDF2 iterations unless a test sets fewer', async () => {
    vi.resetModules();
    const fresh = await import('./password-hash');
    expect(fresh.hashIterations()).toBe(600_000);
    expect(DEFAULT_HASH_ITERATIONS).toBe(600_000);
    expect(() => setHashIterations(0)).toThrow(RangeError);
    expect(() => setHashIterations(1.5)).toThrow(RangeError);
  });

  it('keep their own iteration count, so hashes stored earlier still verify', async () => {
    setHashIterations(1_000);
    const earlier = await hashPassword('correct horse battery');
    expect(earlier.iterations).toBe(1_000);
    setHashIterations(2_000);
    expect(await verifyPassword('correct horse battery', earlier)).toBe(true);
    expect(await verifyPassword('correct horse battery!', earlier)).toBe(false);
  });
});

describe('the seed', () => {
  it("carries the demo password's hash at the default iterations, made in advance", async () => {
    expect(DEMO_PASSWORD_HASH.iterations).toBe(DEFAULT_HASH_ITERATIONS);
    expect(await verifyPassword(DEMO_PASSWORD, DEMO_PASSWORD_HASH)).toBe(true);
    expect(await verifyPassword(`${DEMO_PASSWORD}.`, DEMO_PASSWORD_HASH)).toBe(false);
  });

  it('costs no hash run to create at the default iterations', async () => {
    setHashIterations(DEFAULT_HASH_ITERATIONS);
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    const seed = await createSeedState();
    expect(derive).not.toHaveBeenCalled();
    expect(seed.users.map((user) => user.passwordHash)).toEqual(
      seed.users.map(() => DEMO_PASSWORD_HASH),
    );
  });

  it("is hashed at a test's own count when one is set", async () => {
    const seed = await createSeedState();
    const [first] = seed.users;
    expect(first?.passwordHash?.iterations).toBe(testIterations);
    expect(first?.passwordHash && (await verifyPassword(DEMO_PASSWORD, first.passwordHash))).toBe(
      true,
    );
  });
});

describe('session tokens', () => {
  it('hash to the SHA-256 of their text', () => {
    // The SHA-256 test vector of "abc" (FIPS 180-2).
    expect(hashSessionToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
