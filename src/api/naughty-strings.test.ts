// @vitest-environment node
import naughtyStrings from 'big-list-of-naughty-strings/blns.json';
import { describe, expect, it } from 'vitest';
import { setUpTestHub } from '../../mocks/hub-test-client';
import { emailRule } from '../lib/email-rule';
import { accountNameRule } from './account-schema';
import {
  channelDescriptionRule,
  channelNameRule,
  twitterServiceDefaults,
  twitterServiceUpdateSchema,
} from './channel-schema';
import { personNameRules } from './user-schema';

const { call, signIn } = setUpTestHub();

const strings = [
  ...naughtyStrings,
  'x'.repeat(10_000),
  '\u200b',
  'a\u0301\u0301\u0301',
  '\u202eevil',
];
const fields = {
  'account name': accountNameRule,
  'First Name': personNameRules.firstName,
  'Last Name': personNameRules.lastName,
  'Channel Name': channelNameRule,
  Description: channelDescriptionRule,
  email: emailRule,
};

describe(`the big list of naughty strings (${strings.length} strings)`, () => {
  it(`each is accepted or refused with a message by all ${Object.keys(fields).length + 1} text rules, never thrown`, () => {
    let accepted = 0;
    let refused = 0;
    for (const value of strings) {
      for (const [name, rule] of Object.entries(fields)) {
        const result = rule.safeParse(value);
        if (result.success) accepted += 1;
        else {
          refused += 1;
          expect(
            result.error.issues[0]?.message,
            `${name} refusing ${JSON.stringify(value)}`,
          ).toMatch(/\w/);
        }
      }
      const keywords = twitterServiceUpdateSchema.safeParse({
        ...twitterServiceDefaults,
        name: 'n',
        description: '',
        status: 'Suspended',
        production: false,
        type: 'Twitter:Service',
        languages: ['en'],
        keywords: [value],
      });
      if (!keywords.success) expect(keywords.error.issues[0]?.message).toMatch(/\w/);
    }
    console.log(
      `Naughty strings: ${strings.length} strings × ${Object.keys(fields).length} text rules: ${accepted} accepted, ${refused} refused with a message; keyword rules checked too.`,
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it(
    'each channel name and description the rules accept comes back from the Hub exactly',
    { timeout: 60_000 },
    async () => {
      const token = await signIn('admin@demo-corp.example');
      let roundTrips = 0;
      for (const [index, value] of strings.entries()) {
        const name = channelNameRule.safeParse(`${index} ${value}`);
        const description = channelDescriptionRule.safeParse(value);
        const created = await call('POST', '/channels', {
          token,
          body: { type: 'Twitter:Account', name: `${index} ${value}`, description: value },
        });
        if (name.success && description.success) {
          expect(created.status, JSON.stringify(value)).toBe(201);
          const read = await call('GET', `/channels/${created.body.id}`, { token });
          expect(read.body.name).toBe(name.data);
          expect(read.body.description).toBe(description.data);
          roundTrips += 1;
        } else {
          expect(created.status, JSON.stringify(value)).toBe(400);
          expect(Object.values(created.body.error.fieldErrors ?? {}).join('')).toMatch(/\w/);
        }
      }
      console.log(
        `Naughty strings: ${roundTrips} channel names and descriptions came back from the Hub exactly.`,
      );
      expect(roundTrips).toBeGreaterThan(300);
    },
  );
});
