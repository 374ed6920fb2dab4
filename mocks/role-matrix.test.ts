// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessionSchema } from '../src/api/session-schema';
import { toChannelUpdate } from '../src/api/channel-schema';
import { actions, can, type Action } from '../src/api/permissions';
import { allHubRoutes } from '../src/api/routes';
import { roles, type Role } from '../src/api/user-schema';
import { createHubHandlers } from './hub-handlers';
import type { HubState } from './hub-state';
import { memoryPersistence, MockHub } from './mock-hub';
import { DEMO_API_KEY, DEMO_PASSWORD, SEED_CHANNEL_IDS } from './seed';

// SPEC §3, written out by hand: what each role may do. `non-Admin` means only on a user who is
// not an Admin. The Hub and the pages both ask can(); this table is what can() must answer.
type Grant = 'yes' | 'no' | 'non-Admin';
const spec: Record<Action, Record<Role, Grant>> = {
  'channel:read': { Admin: 'yes', Support: 'yes', Viewer: 'yes' },
  'channel:create': { Admin: 'yes', Support: 'no', Viewer: 'no' },
  'channel:update': { Admin: 'yes', Support: 'no', Viewer: 'no' },
  'channel:delete': { Admin: 'yes', Support: 'no', Viewer: 'no' },
  'user:read': { Admin: 'yes', Support: 'yes', Viewer: 'yes' },
  'user:create': { Admin: 'yes', Support: 'no', Viewer: 'no' },
  'user:update': { Admin: 'yes', Support: 'no', Viewer: 'no' },
  'user:delete': { Admin: 'yes', Support: 'no', Viewer: 'no' },
  'user:reset-password': { Admin: 'yes', Support: 'non-Admin', Viewer: 'no' },
  'account:read': { Admin: 'yes', Support: 'yes', Viewer: 'yes' },
  'account:reveal-key': { Admin: 'yes', Support: 'no', Viewer: 'no' },
  'account:rotate-key': { Admin: 'yes', Support: 'no', Viewer: 'no' },
  // SPEC §10: Admin and Support read every event; Viewer reads channel events only.
  'activity:read-channels': { Admin: 'yes', Support: 'yes', Viewer: 'yes' },
  'activity:read-all': { Admin: 'yes', Support: 'yes', Viewer: 'no' },
  'dms:connect': { Admin: 'yes', Support: 'no', Viewer: 'no' },
};

function allowed(action: Action, role: Role, target: readonly Role[] | undefined) {
  const grant = spec[action][role];
  return grant === 'yes' || (grant === 'non-Admin' && !!target && !target.includes('Admin'));
}

describe('can() answers SPEC §3', () => {
  const targets = [undefined, ['Admin'], ['Support'], ['Viewer'], ['Viewer', 'Admin']] as const;
  const rows = actions.flatMap((action) =>
    roles.flatMap((role) => targets.map((target) => ({ action, role, target }))),
  );

  it.each(rows)('$role may $action on $target', ({ action, role, target }) => {
    const subject = { roles: [role] };
    const on = target && { roles: target };
    expect(can(subject, action, on)).toBe(allowed(action, role, target));
  });

  it('grants the union of a user’s roles, and nothing to nobody', () => {
    for (const action of actions) {
      for (const target of targets) {
        const on = target && { roles: target };
        const union = roles.some((role) => allowed(action, role, target));
        expect(can({ roles: [...roles] }, action, on)).toBe(union);
        expect(can(null, action, on)).toBe(false);
      }
    }
    expect(
      can({ roles: ['Viewer', 'Support'] }, 'user:reset-password', { roles: ['Viewer'] }),
    ).toBe(true);
  });
});

// Every route of the contract, as each role calls it. A route added to the table without a row
// here fails the first test below.
const ids = {
  admin: 'ab0000000000000000000001',
  viewer: 'ab0000000000000000000003',
  ...SEED_CHANNEL_IDS,
};
const roleEmails: Record<Role, string> = {
  Admin: 'admin@demo-corp.example',
  Support: 'support@demo-corp.example',
  Viewer: 'viewer@demo-corp.example',
};

type Call = {
  /** What the role needs; null when any signed-in user (or anyone, on public routes) may call. */
  action: Action | null;
  /** Roles of the user the call is about, where the permission depends on them. */
  target?: readonly Role[];
  params?: Record<string, string>;
  query?: string;
  body?: (state: HubState) => unknown;
  ifMatch?: (state: HubState) => number;
};

function channelIn(state: HubState, id: string) {
  const stored = state.channels.find(({ channel }) => channel.id === id);
  if (!stored) throw new Error(`No seed channel ${id}`);
  return stored.channel;
}

const matrix: Record<string, readonly Call[]> = {
  'POST /signup': [
    {
      action: null,
      body: () => ({
        account: 'Matrix',
        firstName: 'Mat',
        lastName: 'Rix',
        email: 'mat@matrix.example',
        password: 'matrix password 1',
        acceptLegalTerms: true,
      }),
    },
  ],
  'POST /auth/token': [
    {
      action: null,
      body: () => ({ apiKey: DEMO_API_KEY, email: roleEmails.Viewer, password: DEMO_PASSWORD }),
    },
  ],
  'DELETE /auth/token': [{ action: null }],
  'GET /me': [{ action: null }],
  'GET /account': [
    { action: 'account:read' },
    { action: 'account:reveal-key', query: 'reveal=apiKey' },
  ],
  'POST /account/api-key': [{ action: 'account:rotate-key' }],
  'GET /activity': [
    { action: 'activity:read-channels' },
    { action: 'activity:read-channels', query: 'resource=channel' },
    { action: 'activity:read-all', query: 'resource=user' },
    { action: 'activity:read-all', query: 'resource=account' },
  ],
  'GET /channels': [{ action: 'channel:read' }],
  'POST /channels': [
    { action: 'channel:create', body: () => ({ type: 'Twitter:Service', name: 'Matrix' }) },
  ],
  'GET /channels/{id}': [{ action: 'channel:read', params: { id: ids.twitterService } }],
  'PUT /channels/{id}': [
    {
      action: 'channel:update',
      params: { id: ids.twitterService },
      body: (state) => toChannelUpdate(channelIn(state, ids.twitterService)),
      ifMatch: (state) => channelIn(state, ids.twitterService).version,
    },
  ],
  'DELETE /channels/{id}': [{ action: 'channel:delete', params: { id: ids.twitterService } }],
  'POST /channels/{id}/authorization': [
    { action: 'channel:update', params: { id: ids.twitterAccount } },
  ],
  'GET /channels/{id}/facebook-pages': [
    { action: 'channel:read', params: { id: ids.facebookAccount } },
  ],
  'GET /users': [{ action: 'user:read' }],
  'POST /users': [
    {
      action: 'user:create',
      body: () => ({
        firstName: 'New',
        lastName: 'Person',
        email: 'new@demo-corp.example',
        roles: ['Viewer'],
      }),
    },
  ],
  'GET /users/{id}': [{ action: 'user:read', params: { id: ids.viewer } }],
  'PUT /users/{id}': [
    {
      action: 'user:update',
      params: { id: ids.viewer },
      body: () => ({ firstName: 'Val', lastName: 'Renamed', roles: ['Viewer'] }),
      ifMatch: () => 1,
    },
  ],
  'DELETE /users/{id}': [{ action: 'user:delete', params: { id: ids.viewer } }],
  'POST /users/{id}/password': [
    {
      action: 'user:reset-password',
      target: ['Viewer'],
      params: { id: ids.viewer },
      body: () => ({ password: 'a new long password 7' }),
    },
    {
      action: 'user:reset-password',
      target: ['Admin'],
      params: { id: ids.admin },
      body: () => ({ password: 'a new long password 7' }),
    },
  ],
};

const BASE = 'http://hub.test/api/v2.0';
const server = setupServer();
let hub: MockHub;
let signedIn: HubState;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  hub = await MockHub.create(memoryPersistence());
  server.resetHandlers(...createHubHandlers(hub));
  for (const role of roles) {
    const response = await fetch(`${BASE}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        account: 'Demo Corp',
        email: roleEmails[role],
        password: DEMO_PASSWORD,
      }),
    });
    tokens.set(role, sessionSchema.parse(await response.json()).token);
  }
  signedIn = structuredClone(hub.state);
});
afterAll(() => server.close());
// Each call starts from the same signed-in seed, so no call depends on another's leftovers.
beforeEach(() => {
  hub.state = structuredClone(signedIn);
});

describe('the role matrix of the mock Hub', () => {
  it('has a row for every route of the contract, and no other', () => {
    expect(Object.keys(matrix).sort()).toEqual(
      allHubRoutes.map((route) => `${route.method.toUpperCase()} ${route.path}`).sort(),
    );
  });

  const rows = allHubRoutes.flatMap((route) => {
    const key = `${route.method.toUpperCase()} ${route.path}`;
    return (matrix[key] ?? []).flatMap((call) =>
      roles.map((role) => {
        const permitted = call.action === null || allowed(call.action, role, call.target);
        const what = [call.query, call.target && `on an ${call.target.join(', ')} user`]
          .filter(Boolean)
          .join(' ');
        return { route, call, role, key: what ? `${key} ${what}` : key, permitted };
      }),
    );
  });

  it.each(rows)('$key as $role: allowed $permitted', async ({ route, call, role, permitted }) => {
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => call.params?.[name] ?? '');
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${tokens.get(role)}`,
    };
    if (call.ifMatch) headers['If-Match'] = `"${call.ifMatch(hub.state)}"`;
    const response = await fetch(`${BASE}${path}${call.query ? `?${call.query}` : ''}`, {
      method: route.method.toUpperCase(),
      headers,
      body: call.body ? JSON.stringify(call.body(hub.state)) : undefined,
    });
    const text = await response.text();
    expect({ status: response.status, body: text }).toMatchObject({
      status: permitted ? route.success.status : 403,
    });
  });
});
