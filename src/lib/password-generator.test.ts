import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';
import { generatePassword, PASSWORD_ALPHABET } from './password-generator';

describe('generatePassword', () => {
  it('gives 20 characters of the alphabet that meet the policy', () => {
    for (let run = 0; run < 200; run += 1) {
      const password = generatePassword();
      expect(password).toHaveLength(20);
      expect([...password].every((character) => PASSWORD_ALPHABET.includes(character))).toBe(true);
      expect(checkPassword(password, 'someone@example.com')).toEqual({ ok: true });
    }
  });

  it('draws again rather than folding high bytes onto the first characters', () => {
    const size = PASSWORD_ALPHABET.length;
    const limit = 256 - (256 % size);
    // Bytes at or above the limit would bias toward the first characters if folded by modulo.
    const biased = new Uint8Array(40).fill(limit);
    let call = 0;
    const password = generatePassword(4, (bytes) => {
      call += 1;
      return call === 1 ? bytes.fill(biased[0]!) : bytes.fill(size + 1);
    });
    expect(call).toBe(2);
    expect(password).toBe(PASSWORD_ALPHABET[1]!.repeat(4));
  });

  it('spreads characters evenly over many draws', () => {
    const counts = new Map<string, number>();
    const draws = 200;
    for (let run = 0; run < draws; run += 1) {
      for (const character of generatePassword(64)) {
        counts.set(character, (counts.get(character) ?? 0) + 1);
      }
    }
    const expected = (draws * 64) / PASSWORD_ALPHABET.length;
    expect(counts.size).toBe(PASSWORD_ALPHABET.length);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(expected * 0.6);
      expect(count).toBeLessThan(expected * 1.4);
    }
  });
});
