import { describe, expect, it, vi } from 'vitest';
import { createSeedState, SEED_CHANNEL_IDS } from '../../mocks/seed';
import fc from 'fast-check';
import {
  channelConfigFileName,
  COMPLIANCE_EVENTS_WARNING,
  diffSettings,
  toChannelConfig,
} from './channel-config';
import {
  applyChannelConfig,
  importProblems,
  importWarnings,
  newChannelFromConfig,
  readChannelConfig,
  readChannelConfigFile,
  type ChannelConfig,
} from './channel-config-import';
import { entryKey } from '../lib/entry';
import {
  facebookServiceUpdateSchema,
  newChannelBodySchema,
  toChannelUpdate,
  twitterServiceUpdateSchema,
  type Channel,
} from './channel-schema';

const seeded = (await createSeedState()).channels.map(({ channel }) => channel);
const isOfType = <Type extends Channel['type']>(
  channel: Channel | undefined,
  type: Type,
): channel is Extract<Channel, { type: Type }> => channel?.type === type;

function seedChannel<Type extends 'Twitter:Service' | 'Facebook:Service'>(id: string, type: Type) {
  const channel = seeded.find((candidate) => candidate.id === id);
  if (!isOfType(channel, type)) throw new Error(`No ${type} channel ${id}`);
  return channel;
}
const twitter = seedChannel(SEED_CHANNEL_IDS.twitterService, 'Twitter:Service');
const facebook = seedChannel(SEED_CHANNEL_IDS.facebookService, 'Facebook:Service');

const asFile = (value: unknown) => {
  const text = JSON.stringify(value);
  return readChannelConfig(text, new TextEncoder().encode(text).length);
};

describe('a channel configuration file', () => {
  it('carries the settings, and no Hub IDs, tokens, keys, status or Outbound Channel', () => {
    const config = toChannelConfig(facebook);
    expect(config).toMatchObject({
      format: 'hub-console/channel-config',
      version: 1,
      type: 'Facebook:Service',
      name: facebook.name,
      settings: { pageIds: facebook.pageIds },
    });
    expect(Object.keys(config)).toEqual([
      'format',
      'version',
      'name',
      'description',
      'type',
      'settings',
    ]);
    const text = JSON.stringify(config);
    for (const id of [facebook.id, SEED_CHANNEL_IDS.facebookAccount])
      expect(text).not.toContain(id);
    expect(Object.keys(config.settings)).not.toContain('outboundChannelId');
    expect(Object.keys(toChannelConfig(twitter).settings)).not.toContain('blockedKeywords');
  });

  it.each([twitter, facebook])('reads back what it exports ($type)', (channel) => {
    const config = toChannelConfig(channel);
    expect(asFile(config)).toEqual({ ok: true, config });
  });

  const valid = toChannelConfig(twitter);
  it.each<[string, unknown, string | RegExp, number?]>([
    ['invalid JSON', '{"format":', 'The file is not valid JSON.'],
    [
      'another format',
      { ...valid, format: 'other' },
      'The file is not a Hub Console channel configuration.',
    ],
    ['an array', [valid], 'The file is not a Hub Console channel configuration.'],
    [
      'a later version',
      { ...valid, version: 2 },
      "The file's format version is 2; this console reads version 1.",
    ],
    [
      'an unknown field',
      { ...valid, settings: { ...valid.settings, extra: 1 } },
      /^settings: Unknown field "extra"\./,
    ],
    ['an ID', { ...valid, id: SEED_CHANNEL_IDS.twitterService }, /^Unknown field "id"\./],
    [
      'too many keywords',
      {
        ...valid,
        settings: { ...valid.settings, keywords: Array.from({ length: 401 }, (_, i) => `k${i}`) },
      },
      /^settings\.keywords: At most 400 keywords/,
    ],
    [
      'a hostile string',
      { ...valid, settings: { ...valid.settings, exclusions: ['safe', 'evil\u202Etxt'] } },
      /^settings\.exclusions\[1\]: “evil\uFFFDtxt” contains U\+202E RIGHT-TO-LEFT OVERRIDE/,
    ],
    [
      'an unknown language',
      { ...valid, settings: { ...valid.settings, languages: ['<script>'] } },
      /^settings\.languages\[0\]: Choose languages from the list/,
    ],
    [
      'a size over 1 MB',
      valid,
      'The file is larger than 1 MB; a channel configuration is far smaller.',
      1_048_577,
    ],
  ])('refuses %s with a clear error', (_label, content, error, size) => {
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    const result = readChannelConfig(text, size ?? text.length);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(error);
  });

  it('refuses a Facebook file that names an Outbound Channel', () => {
    const config = toChannelConfig(facebook);
    const result = asFile({
      ...config,
      settings: { ...config.settings, outboundChannelId: SEED_CHANNEL_IDS.facebookAccount },
    });
    expect(result).toEqual({
      ok: false,
      errors: ['settings: Unknown field "outboundChannelId".'],
    });
  });
});

describe('importing a configuration', () => {
  const config = toChannelConfig(twitter) as Extract<ChannelConfig, { type: 'Twitter:Service' }>;

  it('refuses a file of another type, and a keyword blocked on the target', () => {
    expect(importProblems(config, facebook)).toEqual([
      'The file configures a Twitter:Service channel; this channel is a Facebook:Service.',
    ]);
    const blocked: Channel = {
      ...twitter,
      blockedKeywords: [{ keyword: 'DEMOCORP', blockedUntil: '2026-03-05T10:00:00.000Z' }],
    };
    expect(importProblems(config, blocked)).toEqual([
      'settings.keywords: “DEMOCORP” is blocked after a traffic spike until 2026-03-05T10:00:00.000Z.',
    ]);
    expect(importProblems(config)).toEqual([]);
  });

  it('warns of handles with no authorized account, broad keywords and Compliance Events off', () => {
    const risky = {
      ...config,
      settings: {
        ...config.settings,
        handles: ['@DemoCorp', '@Elsewhere'],
        keywords: ['#awesome', 'Demo Corp support'],
        messageTypes: { ...config.settings.messageTypes, complianceEvents: false },
      },
    };
    const warnings = importWarnings(risky, {
      authorizedHandles: new Set([entryKey('@democorp')]),
      grantedPageIds: new Set(),
    });
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(
      '@Elsewhere has no authorized Twitter:Account channel in this account.',
    );
    expect(warnings[1]).toMatch(/^“#awesome”: /);
    expect(warnings[2]).toBe(COMPLIANCE_EVENTS_WARNING);
  });

  it('warns of Facebook pages the chosen Outbound Channel has not granted', () => {
    const fb = toChannelConfig(facebook);
    expect(
      importWarnings(fb, {
        authorizedHandles: new Set(),
        grantedPageIds: new Set([facebook.pageIds[0] ?? '']),
      }),
    ).toEqual(
      facebook.pageIds
        .slice(1)
        .map((id) => `Page ${id} is not granted to the chosen Outbound Channel; it is left out.`),
    );
  });
});

describe('diffSettings', () => {
  it('gives lists as added and removed, nested settings by dotted name, and the rest before and after', () => {
    expect(
      diffSettings(
        {
          keywords: ['a', 'b'],
          rpcCacheTimeout: 90,
          messageTypes: { private: true, public: true },
          handles: [],
        },
        {
          keywords: ['b', 'c'],
          rpcCacheTimeout: 120,
          messageTypes: { private: true, public: false },
          handles: [],
        },
      ),
    ).toEqual([
      { field: 'keywords', added: ['c'], removed: ['a'] },
      { field: 'rpcCacheTimeout', before: 90, after: 120 },
      { field: 'messageTypes.public', before: true, after: false },
    ]);
  });

  it('finds nothing between equal settings', () => {
    const { settings } = toChannelConfig(twitter);
    expect(diffSettings(settings, structuredClone(settings))).toEqual([]);
  });
});

describe('the exported file name', () => {
  it.each([
    ['@DemoCorp - Twitter Service', '@DemoCorp - Twitter Service.json'],
    ['Lab: EU/US "test" <1>?*|', 'Lab_ EU_US _test_ _1____.json'],
    ['back\\slash', 'back_slash.json'],
    ['evil\u202Etxt', 'evil_txt.json'],
    [' .hidden. ', 'hidden.json'],
    ['CON', '_CON.json'],
    ['lpt1', '_lpt1.json'],
    ['...', 'channel.json'],
  ])('%j → %j', (name, fileName) => {
    expect(channelConfigFileName(name)).toBe(fileName);
  });

  it('is never empty, hidden, or holding a character a file system refuses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const fileName = channelConfigFileName(name);
        expect(fileName).toMatch(/^[^.\s][^<>:"/\\|?*\p{Cc}\p{Cf}]*\.json$/u);
      }),
    );
  });
});

describe('reading a chosen file', () => {
  it('reads a file whole, with or without a byte-order mark', async () => {
    const config = toChannelConfig(twitter);
    const text = JSON.stringify(config);
    await expect(readChannelConfigFile(new Blob([text]))).resolves.toEqual({ ok: true, config });
    await expect(readChannelConfigFile(new Blob([`\uFEFF${text}`]))).resolves.toEqual({
      ok: true,
      config,
    });
  });

  it('does not read a file over 1 MB at all', async () => {
    const file = new Blob([new Uint8Array(1_048_577)]);
    const read = vi.spyOn(file, 'text');
    await expect(readChannelConfigFile(file)).resolves.toEqual({
      ok: false,
      errors: ['The file is larger than 1 MB; a channel configuration is far smaller.'],
    });
    expect(read).not.toHaveBeenCalled();
  });
});

describe('a new channel from a file', () => {
  const [granted = '', notGranted = ''] =
    facebook.pageIds.length > 1 ? facebook.pageIds : [facebook.pageIds[0], '999999999999999'];
  const fbConfig = toChannelConfig({ ...facebook, pageIds: [granted, notGranted] });

  it('is one request with every setting, the chosen Outbound Channel and its granted pages', () => {
    const body = newChannelFromConfig(
      fbConfig,
      { name: 'Production - Facebook Service', description: 'From the lab' },
      { outboundChannelId: SEED_CHANNEL_IDS.facebookAccount, grantedPageIds: new Set([granted]) },
    );
    expect(body).toEqual({
      type: 'Facebook:Service',
      name: 'Production - Facebook Service',
      description: 'From the lab',
      settings: {
        ...fbConfig.settings,
        outboundChannelId: SEED_CHANNEL_IDS.facebookAccount,
        pageIds: [granted],
      },
    });
    expect(newChannelBodySchema.safeParse(body).success).toBe(true);
  });

  it('keeps a Twitter:Service file as it is', () => {
    const config = toChannelConfig(twitter);
    const body = newChannelFromConfig(
      config,
      { name: 'Copy', description: '' },
      { outboundChannelId: null, grantedPageIds: new Set() },
    );
    expect(body).toEqual({
      type: 'Twitter:Service',
      name: 'Copy',
      description: '',
      settings: config.settings,
    });
    expect(newChannelBodySchema.safeParse(body).success).toBe(true);
  });
});

describe('a file applied to an existing channel', () => {
  it('changes the settings only: name, description, status, production stay the channel’s', () => {
    const config = toChannelConfig({
      ...twitter,
      name: 'Lab',
      description: 'Lab channel',
      keywords: ['espresso'],
      rpcCacheTimeout: 5,
    });
    const update = applyChannelConfig(twitter, config, new Set());
    expect(update).toEqual({
      ...toChannelUpdate(twitter),
      keywords: ['espresso'],
      rpcCacheTimeout: 5,
    });
    expect(twitterServiceUpdateSchema.safeParse(update).success).toBe(true);
    expect(diffSettings(toChannelUpdate(twitter), update)).toEqual([
      { field: 'keywords', added: ['espresso'], removed: twitter.keywords },
      { field: 'rpcCacheTimeout', before: twitter.rpcCacheTimeout, after: 5 },
    ]);
  });

  it('keeps a Facebook:Service channel’s Outbound Channel, and only the pages it granted', () => {
    const config = toChannelConfig({ ...facebook, pageIds: ['1', ...facebook.pageIds] });
    const update = applyChannelConfig(facebook, config, new Set(facebook.pageIds));
    expect(update).toEqual(toChannelUpdate(facebook));
    expect(facebookServiceUpdateSchema.safeParse(update).success).toBe(true);
  });

  it('changes nothing on a channel of another type', () => {
    expect(applyChannelConfig(facebook, toChannelConfig(twitter), new Set())).toEqual(
      toChannelUpdate(facebook),
    );
  });
});
