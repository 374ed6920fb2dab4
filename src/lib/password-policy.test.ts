import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('checkPassword', () => {
  it.each([
    ['', /at least 12 characters \(12 more\)/],
    ['elevenchars', /1 more/],
    ['x'.repeat(129), /at most 128/],
    ['Password1234', /too common/],
    ['ada@acme.example', /cannot be the email/],
  ])('refuses %j', (password, reason) => {
    const result = checkPassword(password, 'Ada@Acme.example');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each([
    'correct horse battery',
    'x'.repeat(128),
    '🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐🔐',
    'كلمة مرور طويلة',
  ])('accepts %j', (password) =>
    expect(checkPassword(password, 'ada@acme.example')).toEqual({ ok: true }),
  );
});
