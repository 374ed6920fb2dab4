import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluatePost,
  matchesEntry,
  tokenize,
  type ListeningRules,
  type SamplePost,
} from './filter-rules';

const rules: ListeningRules = {
  allowAnyLanguage: false,
  languages: ['en', 'fr'],
  keywords: ['Acme support', '#AcmeHelp', 'widget'],
  exclusions: ['job offer'],
  blockedKeywords: [],
  skipRetweets: true,
  handles: ['@Acme'],
  useHandlesAsKeywords: true,
  messageTypes: { private: true, public: true },
};
const post = (text: string, extra: Partial<SamplePost> = {}): SamplePost => ({
  text,
  author: '@someone',
  language: 'en',
  kind: 'Tweet',
  ...extra,
});

describe('rule 1: kind', () => {
  it('needs Public for tweets, Private for direct messages, and drops retweets when skipped', () => {
    expect(
      evaluatePost({ ...rules, messageTypes: { private: true, public: false } }, post('widget')),
    ).toMatchObject({ sourced: false, rule: 1 });
    expect(
      evaluatePost(
        { ...rules, messageTypes: { private: false, public: true } },
        post('hi', { kind: 'Direct message' }),
      ),
    ).toMatchObject({ sourced: false, rule: 1 });
    expect(evaluatePost(rules, post('widget', { kind: 'Retweet' }))).toMatchObject({
      sourced: false,
      rule: 1,
      reason: expect.stringMatching(/Skip Retweets/),
    });
    expect(
      evaluatePost({ ...rules, skipRetweets: false }, post('widget', { kind: 'Retweet' })),
    ).toMatchObject({ sourced: true });
  });
});

describe('rule 2: language', () => {
  it('keeps to the Languages unless any language is allowed', () => {
    expect(evaluatePost(rules, post('widget', { language: 'de' }))).toMatchObject({
      sourced: false,
      rule: 2,
    });
    expect(
      evaluatePost({ ...rules, allowAnyLanguage: true }, post('widget', { language: 'de' })),
    ).toMatchObject({ sourced: true });
  });
});

describe('rules 3 and 4: candidates and keyword matching', () => {
  it('matches every term as a whole token, in any order, ignoring case', () => {
    expect(evaluatePost(rules, post('SUPPORT from acme was quick'))).toMatchObject({
      sourced: true,
      rule: 4,
      term: 'Acme support',
    });
    expect(evaluatePost(rules, post('acme supported me'))).toMatchObject({
      sourced: false,
      rule: 3,
    });
    expect(evaluatePost(rules, post('widgets everywhere'))).toMatchObject({
      sourced: false,
      rule: 3,
    });
  });

  it('matches #tag and @name terms only as the same hashtag or mention', () => {
    expect(evaluatePost(rules, post('need #acmehelp now'))).toMatchObject({
      sourced: true,
      term: '#AcmeHelp',
    });
    expect(evaluatePost(rules, post('need acmehelp now'))).toMatchObject({ sourced: false });
    expect(matchesEntry(tokenize('#widget'), 'widget')).toBe(false);
  });

  it('keeps accents apart', () => {
    expect(matchesEntry(tokenize('Un café'), 'cafe')).toBe(false);
    expect(matchesEntry(tokenize('Un CAFÉ'), 'café')).toBe(true);
  });

  it('makes a mention of a handle a candidate and a direct message always one', () => {
    expect(evaluatePost(rules, post('hello @ACME'))).toMatchObject({
      sourced: true,
      rule: 3,
      term: '@Acme',
    });
    expect(evaluatePost(rules, post('anything', { kind: 'Direct message' }))).toMatchObject({
      sourced: true,
      rule: 3,
    });
  });

  it('ignores blocked keywords and says so', () => {
    const verdict = evaluatePost({ ...rules, blockedKeywords: ['widget'] }, post('a widget'));
    expect(verdict).toMatchObject({ sourced: false, rule: 3, term: 'widget' });
    expect(verdict.reason).toMatch(/blocked/);
  });
});

describe('rule 5: exclusions', () => {
  it('drops a candidate with an exclusion', () => {
    expect(evaluatePost(rules, post('widget job offer'))).toMatchObject({
      sourced: false,
      rule: 5,
      term: 'job offer',
    });
  });

  it('spares a post that mentions a handle when handles are not used as keywords', () => {
    const off = { ...rules, useHandlesAsKeywords: false };
    expect(evaluatePost(off, post('@acme job offer'))).toMatchObject({
      sourced: true,
      rule: 5,
      term: '@Acme',
    });
    expect(evaluatePost(rules, post('@acme job offer'))).toMatchObject({ sourced: false, rule: 5 });
  });
});

const word = fc.constantFrom(
  'acme',
  'support',
  'widget',
  'job',
  'offer',
  'café',
  'hello',
  '#acmehelp',
  '@acme',
  'Widget',
  'news',
);
const text = fc.array(word, { maxLength: 8 }).map((words) => words.join(' '));
const entry = fc.array(word, { minLength: 1, maxLength: 2 }).map((words) => words.join(' '));
const rulesArb: fc.Arbitrary<ListeningRules> = fc.record({
  allowAnyLanguage: fc.boolean(),
  languages: fc.subarray(['en', 'fr', 'de']),
  keywords: fc.array(entry, { maxLength: 4 }),
  exclusions: fc.array(entry, { maxLength: 3 }),
  blockedKeywords: fc.constant([]),
  skipRetweets: fc.boolean(),
  handles: fc.subarray(['@Acme', '@Other']),
  useHandlesAsKeywords: fc.boolean(),
  messageTypes: fc.record({ private: fc.boolean(), public: fc.boolean() }),
});
const postArb: fc.Arbitrary<SamplePost> = fc.record({
  text,
  author: fc.constant('@someone'),
  language: fc.constantFrom('en', 'fr', 'de'),
  kind: fc.constantFrom('Tweet', 'Retweet', 'Direct message'),
});

describe('properties over generated posts and rule sets', () => {
  it('adding an exclusion never makes a dropped post sourced', () => {
    fc.assert(
      fc.property(rulesArb, postArb, entry, (generated, sample, extra) => {
        const before = evaluatePost(generated, sample);
        const after = evaluatePost(
          { ...generated, exclusions: [...generated.exclusions, extra] },
          sample,
        );
        return before.sourced || !after.sourced;
      }),
      { numRuns: 2000 },
    );
  });

  it('a post mentioning a handle with handles-as-keywords off is never dropped by an exclusion', () => {
    fc.assert(
      fc.property(rulesArb, postArb, (generated, sample) => {
        const withMention = { ...sample, text: `${sample.text} @acme` };
        const verdict = evaluatePost(
          { ...generated, handles: ['@Acme'], useHandlesAsKeywords: false },
          withMention,
        );
        return verdict.sourced || verdict.rule !== 5;
      }),
      { numRuns: 2000 },
    );
  });

  it('adding a keyword never drops a sourced post, and blocking one never sources a dropped post', () => {
    fc.assert(
      fc.property(rulesArb, postArb, entry, (generated, sample, extra) => {
        const before = evaluatePost(generated, sample);
        const more = evaluatePost(
          { ...generated, keywords: [...generated.keywords, extra] },
          sample,
        );
        const blocked = evaluatePost({ ...generated, blockedKeywords: [extra] }, sample);
        return (!before.sourced || more.sourced) && (before.sourced || !blocked.sourced);
      }),
      { numRuns: 2000 },
    );
  });

  it('always names a rule and a reason', () => {
    fc.assert(
      fc.property(rulesArb, postArb, (generated, sample) => {
        const verdict = evaluatePost(generated, sample);
        return verdict.rule >= 1 && verdict.rule <= 5 && verdict.reason.length > 0;
      }),
    );
  });
});
