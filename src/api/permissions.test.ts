import { describe, expect, it } from 'vitest';
import { actions, can, describeWhoMay, rolesAllowedTo } from './permissions';
import { roles } from './user-schema';

// Who may do something, as the read-only notes say it: the roles that can() allows on anything.
const targets = [undefined, ...roles.map((role) => ({ roles: [role] }))];

describe('who may do an action', () => {
  it.each(actions)('%s: the roles that can() allows whatever the target', (action) => {
    const always = roles.filter((role) =>
      targets.every((target) => can({ roles: [role] }, action, target)),
    );
    expect(rolesAllowedTo(action)).toEqual(always);
  });

  it('names them for the copy', () => {
    expect(describeWhoMay('channel:update')).toBe('Admin users');
    expect(describeWhoMay('channel:read')).toBe('Admin, Support, or Viewer users');
  });
});
