import { describe, expect, it } from 'vitest';
import { facebookServiceDefaults, twitterServiceDefaults } from '../../api/channel-schema';
import { describeEntry, describeValue, settingLabel } from './setting-labels';

describe('settings as a comparison shows them', () => {
  it('names every setting of both Service types by the guide’s label', () => {
    const fields = [twitterServiceDefaults, facebookServiceDefaults].flatMap((settings) =>
      Object.entries(settings).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? Object.keys(value).map((inner) => `${key}.${inner}`)
          : [key],
      ),
    );
    expect(fields).toContain('messageTypes.adsInteractions');
    expect(fields.filter((field) => settingLabel(field) === field)).toEqual([]);
  });

  it('reads values as a person does', () => {
    const names = {
      channels: new Map([['5af17ad89a7957002123dc2d', 'Demo Corp - Facebook Account']]),
      pages: new Map([['104729185532017', 'Demo Corp']]),
    };
    expect(describeValue('skipRetweets', false)).toBe('No');
    expect(describeValue('dataRecovery', true)).toBe('On');
    expect(describeValue('rpcCacheTimeout', 3600)).toBe('3,600 seconds');
    expect(describeValue('defaultReplyHandle', null)).toBe('none');
    expect(describeValue('outboundChannelId', '5af17ad89a7957002123dc2d', names)).toBe(
      'Demo Corp - Facebook Account',
    );
    expect(describeEntry('pageIds', '104729185532017', names)).toBe('Demo Corp (104729185532017)');
    expect(describeEntry('pageIds', '1', names)).toBe('1');
    expect(describeEntry('languages', 'fr')).toBe('French (fr)');
    expect(describeEntry('keywords', 'fr')).toBe('fr');
  });
});
