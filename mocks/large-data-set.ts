import {
  facebookServiceDefaults,
  twitterServiceDefaults,
  type Channel,
} from '../src/api/channel-schema';
import type { Role } from '../src/api/user-schema';
import type { HubState, StoredUser } from './hub-state';
import { DEMO_ACCOUNT } from './seed';

/** The sizes of the large data set: an account grows to this many channels and users. */
const LARGE_DATA_SET = { channels: 2_000, users: 5_000 };

// Generated records carry their own ID prefixes and the end of their account's ID, so loading
// the set again replaces them, account by account.
const CHANNEL_PREFIX = 'c0';
const USER_PREFIX = 'c1';

// prettier-ignore
const firstNames = [
  'Amara', 'Björn', 'Chen', 'Dalia', 'Émile', 'Farah', 'Goran', 'Hana', 'Ines', 'Jonas',
  'Kofi', 'Leila', 'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tomás',
  'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zoë', 'Ahmed', 'Beatriz', 'Chloé', 'Dmitri',
  'Elif', 'Felipe', 'Grace', 'Hiroshi', 'Ingrid', 'José', 'Kateryna', 'Luca', 'Maja', 'Noah',
];
// prettier-ignore
const lastNames = [
  'Abebe', 'Bergström', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Ivanova',
  'Jensen', 'Kowalski', 'Lefèvre', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quispe', 'Rossi',
  'Schmidt', 'Tanaka', 'Usman', 'Vargas', 'Weber', 'Xu', 'Yilmaz', 'Zhang', 'Novak', 'Silva',
  'Kim', 'Murphy', 'Nguyen', 'Olsen', 'Popescu', 'Romero', 'Santos', 'Thompson', 'Öztürk', 'Lund',
  'Horvat', 'Ali', 'Banerjee', 'Cohen', 'Dimitrov',
];
// prettier-ignore
const brands = [
  'Acme', 'Borealis', 'Cobalt', 'Delta', 'Evergreen', 'Fjord', 'Granite', 'Harbor', 'Iris',
  'Juniper', 'Keystone', 'Lumen', 'Meridian', 'Northwind', 'Orchid', 'Pioneer', 'Quartz',
  'Redwood', 'Summit', 'Tundra', 'Umbra', 'Vertex', 'Willow', 'Xenon', 'Yonder', 'Zephyr',
];
const regions = ['US', 'UK', 'FR', 'DE', 'JP', 'BR', 'IN', 'MX', 'ES', 'IT', 'NL', 'CA'];

function pick(list: readonly string[], index: number): string {
  return list[index % list.length] ?? '';
}

function id(prefix: string, accountId: string, index: number) {
  return prefix + accountId.slice(-6) + index.toString(16).padStart(16, '0');
}

/** Spreads timestamps over the year before `now`, the same for the same index. */
function timeBefore(now: Date, index: number) {
  const minutes = (index * 7_919) % (365 * 24 * 60);
  return new Date(now.getTime() - minutes * 60_000).toISOString();
}

function largeChannel(index: number, now: Date, accountId: string): Channel {
  const brand = pick(brands, index);
  const region = pick(regions, Math.floor(index / brands.length));
  const serial = Math.floor(index / (brands.length * regions.length)) + 1;
  const handle = `@${brand}${region}${serial}`;
  const common = {
    id: id(CHANNEL_PREFIX, accountId, index),
    version: 1,
    createdAt: timeBefore(now, index + 1),
    updatedAt: timeBefore(now, index),
    description: `${brand} customer care, ${region} market`,
    production: index % 3 === 0,
  };
  switch (index % 4) {
    case 0:
      return {
        ...common,
        type: 'Twitter:Account',
        name: `${handle} - Twitter Account`,
        status: 'Active',
        authorization: { handle, savedAt: common.updatedAt },
      };
    case 1:
      return {
        ...common,
        ...twitterServiceDefaults,
        type: 'Twitter:Service',
        name: `${handle} - Twitter Service`,
        status: index % 5 === 0 ? 'Suspended' : 'Active',
        languages: ['en'],
        keywords: [brand, `#${brand}Help`, `${brand} ${region} support`],
        handles: [handle],
        defaultReplyHandle: handle,
        blockedKeywords: [],
      };
    case 2:
      return {
        ...common,
        type: 'Facebook:Account',
        name: `${brand} ${region} ${serial} - Facebook Account`,
        status: 'Suspended',
        authorization: null,
      };
    default:
      return {
        ...common,
        ...facebookServiceDefaults,
        type: 'Facebook:Service',
        name: `${brand} ${region} ${serial} - Facebook Service`,
        status: 'Suspended',
      };
  }
}

function largeUser(index: number, now: Date, accountId: string, domain: string): StoredUser {
  const firstName = pick(firstNames, index);
  const lastName = pick(lastNames, Math.floor(index / firstNames.length));
  const roles: Role[] = index % 50 === 0 ? ['Admin'] : index % 5 === 0 ? ['Support'] : ['Viewer'];
  const ascii = `${firstName}.${lastName}`.normalize('NFD').replace(/[^A-Za-z.]/g, '');
  return {
    id: id(USER_PREFIX, accountId, index),
    accountId,
    firstName,
    lastName,
    email: `${ascii.toLowerCase()}.${index + 1}@${domain}`,
    roles,
    lastSignInAt: index % 4 === 0 ? null : timeBefore(now, index),
    // These users have not chosen a password: hashing 5,000 would take minutes.
    passwordHash: null,
    version: 1,
  };
}

/**
 * Grows an account (the demo account unless another is named) to 2,000 channels and 5,000 users,
 * for performance work. The records are the same on every load; loading again replaces the
 * generated ones and keeps everything else, including what people created by hand.
 */
export function addLargeDataSet(state: HubState, now: Date, accountId = DEMO_ACCOUNT.id) {
  const account = state.accounts.find((candidate) => candidate.id === accountId);
  if (!account) throw new Error(`No account ${accountId} in the mock Hub.`);
  const generated = (prefix: string, recordId: string, owner: string) =>
    owner === accountId && recordId.startsWith(prefix + accountId.slice(-6));
  const keptChannels = state.channels.filter(
    (stored) => !generated(CHANNEL_PREFIX, stored.channel.id, stored.accountId),
  );
  const keptUsers = state.users.filter((user) => !generated(USER_PREFIX, user.id, user.accountId));
  const ownChannels = keptChannels.filter((stored) => stored.accountId === accountId).length;
  const ownUsers = keptUsers.filter((user) => user.accountId === accountId).length;
  const domain = `${
    account.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'account'
  }.example`;
  state.channels = [
    ...keptChannels,
    ...Array.from({ length: Math.max(0, LARGE_DATA_SET.channels - ownChannels) }, (_, index) => ({
      accountId,
      channel: largeChannel(index, now, accountId),
    })),
  ];
  state.users = [
    ...keptUsers,
    ...Array.from({ length: Math.max(0, LARGE_DATA_SET.users - ownUsers) }, (_, index) =>
      largeUser(index, now, accountId, domain),
    ),
  ];
}
