import { describe, expect, it } from 'vitest';
import { accountSchema, meSchema, signupInputSchema, signupResultSchema } from './account-schema';
import { tokenRequestSchema } from './session-schema';

const account = {
  name: 'Demo Corp',
  apiKey: '••••',
  apiKeyMasked: true,
  retentionDays: 28,
  urlBase: 'https://hub.example.com',
  apiKeyRotatedAt: null,
};
const user = {
  id: '0123456789abcdef01234567',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  roles: ['Admin'],
  lastSignInAt: '2026-01-01T00:00:00.000Z',
  hasPassword: true,
  version: 1,
};
const session = { token: 't', expiresAt: '2026-01-01T00:00:00.000Z' };

describe('account schemas', () => {
  it('read what the Hub sends as it sends it', () => {
    expect(accountSchema.parse(account)).toEqual(account);
    const me = { user, role: 'Admin', accountName: 'Demo Corp' };
    expect(meSchema.parse(me)).toEqual(me);
    const result = { account, user, session };
    expect(signupResultSchema.parse(result)).toEqual(result);
    expect(signupResultSchema.safeParse({ account, user }).success).toBe(false);
  });

  const signup = {
    account: ' Demo  Corp ',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    password: 'a long password',
    acceptLegalTerms: true,
  };

  it('takes a sign-up only with the Legal Terms accepted', () => {
    expect(signupInputSchema.parse(signup)).toEqual({ ...signup, account: 'Demo Corp' });
    expect(
      signupInputSchema.safeParse({ ...signup, acceptLegalTerms: false }).error?.issues[0]?.message,
    ).toBe('Accept the Legal Terms to continue');
    expect(signupInputSchema.safeParse({ ...signup, firstName: '' }).success).toBe(false);
  });

  it.each([
    [{ account: 'Demo Corp', email: 'a@b.c', password: 'p' }, true],
    [{ apiKey: 'k', email: 'a@b.c', password: 'p' }, true],
    [{ apiKey: '', email: 'a@b.c', password: 'p' }, false],
    [{ account: 'Demo Corp', email: '', password: 'p' }, false],
    [{ account: 'Demo Corp', email: 'a@b.c', password: '' }, false],
    [{ email: 'a@b.c', password: 'p' }, false],
  ])('token request %o → %s', (request, valid) => {
    const result = tokenRequestSchema.safeParse(request);
    expect(result.success).toBe(valid);
    if (valid) expect(result.data).toEqual(request);
  });
});
