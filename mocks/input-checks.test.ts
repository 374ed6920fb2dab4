// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  LIST_MAX_ENTRIES,
  twitterServiceDefaults,
  twitterServiceUpdateSchema,
} from '../src/api/channel-schema';
import { setUpTestHub } from './hub-test-client';
import { SEED_CHANNEL_IDS } from './seed';

// What a channel update may carry: languages X knows, bounded lists, and only the Facebook pages
// the Outbound Channel's login granted.
const { call, signIn } = setUpTestHub();

async function putChannel(id: string, change: Record<string, unknown>) {
  const token = await signIn('admin@demo-corp.example');
  const read = await call('GET', `/channels/${id}`, { token });
  return call('PUT', `/channels/${id}`, {
    token,
    body: { ...read.body, ...change },
    headers: { 'If-Match': `"${read.body.version}"` },
  });
}

const twitterServiceUpdate = () => ({
  ...twitterServiceDefaults,
  name: 'n',
  description: '',
  status: 'Suspended',
  production: false,
  type: 'Twitter:Service',
  languages: ['en'],
});

describe('Twitter:Service lists', () => {
  it.each([
    [['<script>'], 'Choose languages from the list'],
    [['xx-NOT-A-LANG'], 'Choose languages from the list'],
    [['EN'], 'Choose languages from the list'],
    [['en', 'en'], 'Each language can be chosen once'],
  ])('refuses the languages %j', async (languages, message) => {
    const answer = await putChannel(SEED_CHANNEL_IDS.twitterService, { languages });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.error.fieldErrors)).toContain(message);
  });

  it('takes the languages X knows, Hebrew and Indonesian by their X codes', async () => {
    const answer = await putChannel(SEED_CHANNEL_IDS.twitterService, {
      languages: ['en', 'iw', 'in', 'bo'],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.languages).toEqual(['en', 'iw', 'in', 'bo']);
  });

  it(`refuses more than ${LIST_MAX_ENTRIES} handles`, async () => {
    const handles = Array.from({ length: LIST_MAX_ENTRIES + 1 }, (_, index) => `@h${index}`);
    const answer = await putChannel(SEED_CHANNEL_IDS.twitterService, {
      handles,
      defaultReplyHandle: '@h0',
    });
    expect(answer.status).toBe(400);
    const parsed = twitterServiceUpdateSchema.safeParse({ ...twitterServiceUpdate(), handles });
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(
      `At most ${LIST_MAX_ENTRIES} handles`,
    );
  });
});

describe('Facebook:Service pages', () => {
  it('takes the pages the Outbound Channel granted', async () => {
    const answer = await putChannel(SEED_CHANNEL_IDS.facebookService, {
      pageIds: ['104729185532017'],
    });
    expect(answer.status).toBe(200);
  });

  it.each([
    ['a page the login did not grant', { pageIds: ['104729185532019'] }],
    ['a made-up page', { pageIds: ['1'] }],
    [
      'pages without an Outbound Channel',
      { outboundChannelId: null, pageIds: ['104729185532017'] },
    ],
  ])('refuses %s with 422 on pageIds', async (_, change) => {
    const answer = await putChannel(SEED_CHANNEL_IDS.facebookService, change);
    expect(answer.status).toBe(422);
    expect(answer.body.error.fieldErrors.pageIds).toMatch(/pages the Outbound Channel/);
  });

  it('refuses the same page twice', async () => {
    const answer = await putChannel(SEED_CHANNEL_IDS.facebookService, {
      pageIds: ['104729185532017', '104729185532017'],
    });
    expect(answer.status).toBe(400);
  });
});
