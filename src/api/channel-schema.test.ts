import { describe, expect, it } from 'vitest';
import { createSeedState } from '../../mocks/seed';
import { missingForActive, suggestChannelName } from './channel-rules';
import {
  QUEUE_HISTORY_WINDOW_MAX,
  RPC_CACHE_TIMEOUT_MAX,
  channelTypes,
  channelUpdateSchema,
  facebookServiceDefaults,
  facebookServiceUpdateSchema,
  twitterServiceDefaults,
  toChannelUpdate,
  twitterServiceUpdateSchema,
  type FacebookServiceUpdate,
  type TwitterServiceUpdate,
} from './channel-schema';

const common = {
  name: 'Acme - Twitter Service',
  description: '',
  status: 'Suspended',
  production: false,
} as const;
const twitter: TwitterServiceUpdate = {
  ...common,
  ...twitterServiceDefaults,
  type: 'Twitter:Service',
  languages: ['en'],
};
const facebook: FacebookServiceUpdate = {
  ...common,
  ...facebookServiceDefaults,
  type: 'Facebook:Service',
};

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return result.success
    ? {}
    : Object.fromEntries(
        result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]),
      );
}

describe('Twitter:Service settings', () => {
  it('accept the guide defaults once a language is chosen', () => {
    expect(twitterServiceUpdateSchema.safeParse(twitter).success).toBe(true);
  });

  it.each([
    [0, true],
    [3600, true],
    [-1, false],
    [3601, false],
    [1.5, false],
    [Number.NaN, false],
    [1e12, false],
  ])('RPC cache timeout %s → %s', (value, valid) => {
    expect(
      twitterServiceUpdateSchema.safeParse({ ...twitter, rpcCacheTimeout: value }).success,
    ).toBe(valid);
  });

  it('needs Private or Public, a language unless any is allowed, and a reply handle for two handles', () => {
    const result = twitterServiceUpdateSchema.safeParse({
      ...twitter,
      languages: [],
      messageTypes: { private: false, public: false, complianceEvents: true },
      handles: ['@One', '@Two'],
      defaultReplyHandle: null,
    });
    expect(messages(result)).toMatchObject({
      languages: expect.stringMatching(/at least one language/),
      messageTypes: 'Choose Private, Public or both',
      defaultReplyHandle: expect.stringMatching(/Default reply handle/),
    });
    expect(
      twitterServiceUpdateSchema.safeParse({ ...twitter, languages: [], allowAnyLanguage: true })
        .success,
    ).toBe(true);
  });

  it('refuses bad handles, duplicate keywords in any case, long entries and more than 400', () => {
    const result = twitterServiceUpdateSchema.safeParse({
      ...twitter,
      handles: ['@has space'],
      keywords: ['Acme', 'ACME'],
      exclusions: ['x'.repeat(61)],
    });
    expect(Object.keys(messages(result)).sort()).toEqual(['exclusions.0', 'handles.0', 'keywords']);
    const many = Array.from({ length: 401 }, (_, index) => `k${index}`);
    expect(messages(twitterServiceUpdateSchema.safeParse({ ...twitter, keywords: many }))).toEqual({
      keywords: 'At most 400 keywords',
    });
  });

  it('refuses a name that is empty, too long or carries an override character', () => {
    for (const name of ['  ', 'n'.repeat(101), 'a\u202eb']) {
      expect(messages(twitterServiceUpdateSchema.safeParse({ ...twitter, name }))).toHaveProperty(
        'name',
      );
    }
  });
});

describe('Facebook:Service settings', () => {
  it.each([
    [0, true],
    [2_419_200, true],
    [2_419_201, false],
    [-5, false],
    [0.5, false],
  ])('Queue history window %s → %s', (value, valid) => {
    expect(
      facebookServiceUpdateSchema.safeParse({ ...facebook, queueHistoryWindow: value }).success,
    ).toBe(valid);
  });

  it('names the largest window with its digits grouped', () => {
    const result = facebookServiceUpdateSchema.safeParse({ ...facebook, queueHistoryWindow: 1e9 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Queue history window can be at most 2,419,200 seconds',
    ]);
  });

  it.each([
    ['RPC cache timeout', 'rpcCacheTimeout', RPC_CACHE_TIMEOUT_MAX],
    ['Queue history window', 'queueHistoryWindow', QUEUE_HISTORY_WINDOW_MAX],
  ] as const)(
    '%s: a number past the safe integers is too big, not a fraction',
    (label, field, max) => {
      const atMost = `${label} can be at most ${max.toLocaleString('en-US')} seconds`;
      // The form shows a field's messages; the same one twice would show once.
      const check = (value: unknown) => [
        ...new Set(
          facebookServiceUpdateSchema
            .safeParse({ ...facebook, [field]: value })
            .error?.issues.map((issue) => issue.message),
        ),
      ];
      expect(check(Number('99999999999999999999'))).toEqual([atMost]);
      expect(check(max + 1)).toEqual([atMost]);
      expect(check(-1e20)).toEqual([`${label} cannot be negative`]);
      expect(check(1.5)).toEqual([`${label} must be a whole number of seconds`]);
      // Text is not a number, whatever number it spells.
      expect(check(String(max * 10))).toEqual([`${label} must be a whole number of seconds`]);
      expect(check('-1')).toEqual([`${label} must be a whole number of seconds`]);
    },
  );

  it('needs Private or Public', () => {
    const result = facebookServiceUpdateSchema.safeParse({
      ...facebook,
      messageTypes: { private: false, public: false, adsInteractions: true },
    });
    expect(messages(result)).toEqual({ messageTypes: 'Choose Private, Public or both' });
  });
});

describe('missingForActive and the naming convention', () => {
  const base = {
    id: 'a'.repeat(24),
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  it('lists what each type lacks', () => {
    expect(
      missingForActive({ ...base, ...common, type: 'Twitter:Account', authorization: null }),
    ).toHaveLength(1);
    expect(missingForActive({ ...base, ...twitter, blockedKeywords: [] })).toEqual([
      'At least one keyword or Twitter handle to listen to',
    ]);
    expect(missingForActive({ ...base, ...facebook })).toHaveLength(2);
  });

  it('follows the guide', () => {
    expect(suggestChannelName('Twitter:Service', 'Demo Corp')).toBe('@DemoCorp - Twitter Service');
    expect(suggestChannelName('Facebook:Account', 'Genesys')).toBe('Genesys - Facebook Account');
  });
});

describe('entries and choices', () => {
  it('takes an entry of 60 characters, and names a refused character with its entry', () => {
    const sixty = 'k'.repeat(60);
    expect(twitterServiceUpdateSchema.safeParse({ ...twitter, keywords: [sixty] }).success).toBe(
      true,
    );
    const refused = messages(
      twitterServiceUpdateSchema.safeParse({ ...twitter, keywords: ['a\u202eb'] }),
    );
    expect(Object.keys(refused)).toEqual(['keywords.0']);
    expect(refused['keywords.0']).toMatch(/^“a\u202eb” /);
  });

  it.each([
    [{ private: true, public: false }, true],
    [{ private: false, public: true }, true],
    [{ private: false, public: false }, false],
  ])('takes message types %o: %s', (types, valid) => {
    expect(
      twitterServiceUpdateSchema.safeParse({
        ...twitter,
        messageTypes: { ...twitter.messageTypes, ...types },
      }).success,
    ).toBe(valid);
    expect(
      facebookServiceUpdateSchema.safeParse({
        ...facebook,
        messageTypes: { ...facebook.messageTypes, ...types },
      }).success,
    ).toBe(valid);
  });

  it('needs the Default reply handle among the handles', () => {
    expect(
      messages(
        twitterServiceUpdateSchema.safeParse({
          ...twitter,
          handles: ['@One'],
          defaultReplyHandle: '@Other',
        }),
      ),
    ).toEqual({
      defaultReplyHandle: 'The Default reply handle must be one of the Twitter Handle(s)',
    });
    expect(
      twitterServiceUpdateSchema.safeParse({
        ...twitter,
        handles: ['@One', '@Two'],
        defaultReplyHandle: '@Two',
      }).success,
    ).toBe(true);
  });
});

describe('toChannelUpdate', () => {
  it.each(channelTypes)(
    'keeps what the Update page edits of a %s channel, and only that',
    async (type) => {
      const { channels } = await createSeedState();
      const channel = channels.map((stored) => stored.channel).find((each) => each.type === type)!;
      const update = toChannelUpdate(channel);
      const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...editable } = channel;
      const expected =
        channel.type === 'Twitter:Service'
          ? Object.fromEntries(
              Object.entries(editable).filter(([key]) => key !== 'blockedKeywords'),
            )
          : channel.type === 'Facebook:Service'
            ? editable
            : {
                type: channel.type,
                name: channel.name,
                description: channel.description,
                status: channel.status,
                production: channel.production,
              };
      expect(update).toEqual(expected);
      expect(channelUpdateSchema.safeParse(update).success).toBe(true);
    },
  );
});
