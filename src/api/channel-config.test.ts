import { describe, expect, it } from 'vitest';
import { createSeedState, SEED_CHANNEL_IDS } from '../../mocks/seed';
import { COMPLIANCE_EVENTS_WARNING, diffSettings, toChannelConfig } from './channel-config';
import {
  importProblems,
  importWarnings,
  readChannelConfig,
  type ChannelConfig,
} from './channel-config-import';
import { entryKey } from '../lib/entry';
import type { Channel } from './channel-schema';

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
      /^settings\.exclusions\[1\]: “evil.txt” /,
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
