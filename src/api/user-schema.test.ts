import { describe, expect, it } from 'vitest';
import {
  effectiveRole,
  idSchema,
  passwordBodySchema,
  userInputSchema,
  userListParamsSchema,
  userSchema,
  userUpdateSchema,
  type Role,
} from './user-schema';

const hex24 = '0123456789abcdef01234567';

describe('user schemas', () => {
  it.each([
    [hex24, true],
    [hex24.slice(1), false],
    [`${hex24}0`, false],
    [`x${hex24}`, false],
    [`${hex24}x`, false],
    ['g'.repeat(24), false],
    [hex24.toUpperCase(), false],
  ])('ID %s → %s', (id, valid) => {
    expect(idSchema.safeParse(id).success).toBe(valid);
  });

  it('reads a user as the Hub sends it', () => {
    const user = {
      id: hex24,
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      roles: ['Support'],
      lastSignInAt: null,
      hasPassword: true,
      version: 2,
    };
    expect(userSchema.parse(user)).toEqual(user);
  });

  const input = {
    firstName: ' Ada ',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    roles: ['Admin', 'Viewer'],
  };

  it('takes a new user’s names in their stored form, and each role once', () => {
    expect(userInputSchema.parse(input)).toEqual({ ...input, firstName: 'Ada' });
    expect(userInputSchema.safeParse({ ...input, firstName: '' }).success).toBe(false);
    expect(userInputSchema.safeParse({ ...input, lastName: 'n'.repeat(101) }).success).toBe(false);
    expect(
      userInputSchema.safeParse({ ...input, roles: ['Admin', 'Admin'] }).error?.issues[0]?.message,
    ).toBe('Each role can be chosen once');
  });

  it('leaves the email out of an update', () => {
    expect(userUpdateSchema.parse({ ...input, email: 'not an email' })).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      roles: ['Admin', 'Viewer'],
    });
  });

  it('reads a password body', () => {
    expect(passwordBodySchema.parse({ password: 'secret words' })).toEqual({
      password: 'secret words',
    });
    expect(passwordBodySchema.safeParse({}).success).toBe(false);
  });

  it.each([
    [{}, { sort: 'name', page: 1, pageSize: 25 }],
    [
      { q: 'ada', role: 'Support', sort: '-lastSignInAt', page: '3', pageSize: '100' },
      { q: 'ada', role: 'Support', sort: '-lastSignInAt', page: 3, pageSize: 100 },
    ],
    [{ sort: 'roles' }, null],
    [{ pageSize: '101' }, null],
    [{ page: '0' }, null],
    [{ role: 'Owner' }, null],
  ])('list parameters %o → %o', (params, expected) => {
    const result = userListParamsSchema.safeParse(params);
    expect(result.success ? result.data : null).toEqual(expected);
  });

  it.each<[Role[], Role]>([
    [['Viewer', 'Admin'], 'Admin'],
    [['Viewer', 'Support'], 'Support'],
    [['Support', 'Admin', 'Viewer'], 'Admin'],
    [['Viewer'], 'Viewer'],
    [[], 'Viewer'],
  ])('a user with roles %o acts as %s', (roles, role) => {
    const given = [...roles];
    expect(effectiveRole(given)).toBe(role);
    expect(given).toEqual(roles);
  });
});
