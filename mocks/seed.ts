import {
  facebookServiceDefaults,
  twitterServiceDefaults,
  type Channel,
} from '../src/api/channel-schema';
import type { DemoUser } from '../src/api/runtime-config';
import type { Role } from '../src/api/user-schema';
import { hashIterations, hashPassword, type PasswordHash } from './password-hash';
import { HUB_STATE_VERSION, type HubState, type StoredUser } from './hub-state';

export const DEMO_ACCOUNT = { id: 'aa0000000000000000000001', name: 'Demo Corp' };
export const DEMO_API_KEY = '7c3e9a1f5b2d4e6a8c0f1b3d5e7a9c2e';
export const DEMO_PASSWORD = 'Demo-Console-2026';

const SEED_TIME = '2026-01-05T09:00:00.000Z';

/**
 * DEMO_PASSWORD's hash at the default iterations, made once in advance (seed.test.ts proves that
 * it verifies): starting or resetting the Hub does not pay 600,000 iterations.
 */
export const DEMO_PASSWORD_HASH: PasswordHash = {
  salt: '72e734c725b1da341224584f1427d53a',
  hash: '244e791490feb5f660777347335988e65771a13f1cfa0b11e9ddbf90c420ff05',
  iterations: 600_000,
};

const demoPeople: { id: string; firstName: string; lastName: string; email: string; role: Role }[] =
  [
    {
      id: 'ab0000000000000000000001',
      firstName: 'Ada',
      lastName: 'Admin',
      email: 'admin@demo-corp.example',
      role: 'Admin',
    },
    {
      id: 'ab0000000000000000000002',
      firstName: 'Sam',
      lastName: 'Support',
      email: 'support@demo-corp.example',
      role: 'Support',
    },
    {
      id: 'ab0000000000000000000003',
      firstName: 'Val',
      lastName: 'Viewer',
      email: 'viewer@demo-corp.example',
      role: 'Viewer',
    },
  ];

export const demoUsers: DemoUser[] = demoPeople.map((person) => ({
  label: person.role,
  account: DEMO_ACCOUNT.name,
  email: person.email,
  password: DEMO_PASSWORD,
}));

export const SEED_CHANNEL_IDS = {
  twitterAccount: '5af17ad89a7957002123dc2b',
  twitterService: '5af17ad89a7957002123dc2c',
  facebookAccount: '5af17ad89a7957002123dc2d',
  facebookService: '5af17ad89a7957002123dc2e',
};

function seedChannels(): Channel[] {
  const common = { version: 1, createdAt: SEED_TIME, updatedAt: SEED_TIME, description: '' };
  return [
    {
      ...common,
      id: SEED_CHANNEL_IDS.twitterAccount,
      type: 'Twitter:Account',
      name: '@DemoCorp - Twitter Account',
      status: 'Active',
      production: true,
      authorization: { handle: '@DemoCorp', savedAt: SEED_TIME },
    },
    {
      ...common,
      ...twitterServiceDefaults,
      id: SEED_CHANNEL_IDS.twitterService,
      type: 'Twitter:Service',
      name: '@DemoCorp - Twitter Service',
      status: 'Active',
      production: true,
      languages: ['en', 'fr'],
      keywords: ['DemoCorp', '#DemoCorpHelp', 'Demo Corp support'],
      exclusions: ['job offer'],
      handles: ['@DemoCorp'],
      defaultReplyHandle: '@DemoCorp',
      blockedKeywords: [],
    },
    {
      ...common,
      id: SEED_CHANNEL_IDS.facebookAccount,
      type: 'Facebook:Account',
      name: 'Demo Corp - Facebook Account',
      status: 'Active',
      production: true,
      authorization: {
        userName: 'Ada Admin',
        pages: [
          { id: '104729185532017', name: 'Demo Corp' },
          { id: '104729185532018', name: 'Demo Corp Help' },
        ],
        permissions: ['pages_messaging', 'pages_manage_metadata', 'pages_read_engagement'],
        savedAt: SEED_TIME,
      },
    },
    {
      ...common,
      ...facebookServiceDefaults,
      id: SEED_CHANNEL_IDS.facebookService,
      type: 'Facebook:Service',
      name: 'Demo Corp - Facebook Service',
      status: 'Suspended',
      production: false,
      outboundChannelId: SEED_CHANNEL_IDS.facebookAccount,
      pageIds: ['104729185532017'],
    },
  ];
}

/** The demo account every fresh mock Hub starts with. */
export async function createSeedState(): Promise<HubState> {
  // Under a test's own iteration count the seed is hashed at that count, as a new user would be.
  const passwordHash =
    hashIterations() === DEMO_PASSWORD_HASH.iterations
      ? DEMO_PASSWORD_HASH
      : await hashPassword(DEMO_PASSWORD);
  const users: StoredUser[] = demoPeople.map((person) => ({
    id: person.id,
    accountId: DEMO_ACCOUNT.id,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    roles: [person.role],
    lastSignInAt: null,
    passwordHash,
    version: 1,
  }));
  return {
    stateVersion: HUB_STATE_VERSION,
    clockOffsetMs: 0,
    accounts: [{ ...DEMO_ACCOUNT, apiKey: DEMO_API_KEY, createdAt: SEED_TIME }],
    users,
    sessions: [],
    pendingAuthorizations: [],
    channels: seedChannels().map((channel) => ({ accountId: DEMO_ACCOUNT.id, channel })),
  };
}
