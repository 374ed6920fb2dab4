import { describe, expect, it } from 'vitest';
import { createSeedState } from '../../mocks/seed';
import type { Channel } from './channel-schema';
import { missingForActive, suggestChannelName } from './channel-rules';

const seeded = (await createSeedState()).channels.map(({ channel }) => channel);
function seed<Type extends Channel['type']>(type: Type) {
  const channel = seeded.find((candidate) => candidate.type === type);
  if (!channel || channel.type !== type) throw new Error(`The seed has no ${type} channel.`);
  return channel as Extract<Channel, { type: Type }>;
}

describe('missingForActive', () => {
  it('finds nothing missing in the complete seeded channels', () => {
    for (const type of ['Twitter:Account', 'Twitter:Service', 'Facebook:Account'] as const)
      expect(missingForActive(seed(type))).toEqual([]);
  });

  it('asks an Account channel for its provider login', () => {
    expect(missingForActive({ ...seed('Twitter:Account'), authorization: null })).toEqual([
      'Log in to Twitter with "Login to Twitter"',
    ]);
    expect(missingForActive({ ...seed('Facebook:Account'), authorization: null })).toEqual([
      'Log in to Facebook with "Login to Facebook"',
    ]);
  });

  it('asks a Twitter:Service for something to listen to and a language', () => {
    const empty = {
      ...seed('Twitter:Service'),
      keywords: [],
      handles: [],
      languages: [],
      allowAnyLanguage: false,
    };
    expect(missingForActive(empty)).toEqual([
      'At least one keyword or Twitter handle to listen to',
      'At least one language, or "Allow any language"',
    ]);
    expect(missingForActive({ ...empty, keywords: ['coffee'], allowAnyLanguage: true })).toEqual(
      [],
    );
    expect(missingForActive({ ...empty, handles: ['@DemoCorp'], languages: ['en'] })).toEqual([]);
  });

  it('asks a Facebook:Service for its Outbound Channel and a Page', () => {
    const empty = { ...seed('Facebook:Service'), outboundChannelId: null, pageIds: [] };
    expect(missingForActive(empty)).toEqual([
      'An Outbound Channel (a Facebook:Account channel)',
      'At least one of the Facebook Pages',
    ]);
    expect(missingForActive(seed('Facebook:Service'))).toEqual([]);
  });
});

describe('suggestChannelName', () => {
  it('names Twitter channels after a handle made of the company name', () => {
    expect(suggestChannelName('Twitter:Account', 'Demo Corp')).toBe('@DemoCorp - Twitter Account');
    expect(suggestChannelName('Twitter:Service', 'Acme & Söhne GmbH, Berlin')).toBe(
      '@AcmeShneGmbHBer - Twitter Service',
    );
    expect(suggestChannelName('Twitter:Service', '株式会社')).toBe('@Handle - Twitter Service');
  });

  it('names Facebook channels after the company as written', () => {
    expect(suggestChannelName('Facebook:Account', 'Acme & Söhne')).toBe(
      'Acme & Söhne - Facebook Account',
    );
    expect(suggestChannelName('Facebook:Service', 'Acme & Söhne')).toBe(
      'Acme & Söhne - Facebook Service',
    );
  });
});
