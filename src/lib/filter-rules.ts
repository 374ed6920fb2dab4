import { entryKey } from './entry';

/** What a Twitter:Service channel listens to, as the filter preview and the mock Hub read it. */
export type ListeningRules = {
  allowAnyLanguage: boolean;
  languages: readonly string[];
  keywords: readonly string[];
  exclusions: readonly string[];
  /** Keywords the Hub blocked after a traffic spike; they match nothing until released. */
  blockedKeywords: readonly string[];
  skipRetweets: boolean;
  handles: readonly string[];
  useHandlesAsKeywords: boolean;
  messageTypes: { private: boolean; public: boolean };
};

export type PostKind = 'Tweet' | 'Retweet' | 'Direct message';
export type SamplePost = { text: string; author: string; language: string; kind: PostKind };

export type Verdict = {
  sourced: boolean;
  /** The rule of the console's help that decided (1 to 5). */
  rule: 1 | 2 | 3 | 4 | 5;
  reason: string;
  /** The keyword, exclusion or handle involved, if any. */
  term?: string;
};

const TOKEN = /[#@]?[\p{L}\p{M}\p{N}_]+/gu;

/** Whole tokens of a text, compared as entries are (accents are kept: "café" is not "cafe"). */
export function tokenize(text: string): Set<string> {
  return new Set(Array.from(entryKey(text).matchAll(TOKEN), (match) => match[0]));
}

/** Rule 4: every term of the entry appears as a whole token; #tag and @name only as themselves. */
export function matchesEntry(tokens: Set<string>, entry: string): boolean {
  const terms = Array.from(entryKey(entry).matchAll(TOKEN), (match) => match[0]);
  return terms.length > 0 && terms.every((term) => tokens.has(term));
}

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * Would the Hub source this post for the channel, and why. The rules, in order:
 * 1 kind (Public for tweets and retweets, Private for direct messages, Skip Retweets);
 * 2 language; 3 a tweet is a candidate when it matches an active keyword or mentions a handle,
 * a direct message always is; 4 how a keyword matches; 5 an exclusion drops a candidate, unless
 * it mentions a handle and "Use the specified handles as keywords" is off.
 */
export function evaluatePost(rules: ListeningRules, post: SamplePost): Verdict {
  const isDirect = post.kind === 'Direct message';
  if (isDirect && !rules.messageTypes.private) {
    return {
      sourced: false,
      rule: 1,
      reason: 'Direct messages need Private in Queue Message Type.',
    };
  }
  if (!isDirect && !rules.messageTypes.public) {
    return {
      sourced: false,
      rule: 1,
      reason: 'Tweets and retweets need Public in Queue Message Type.',
    };
  }
  if (post.kind === 'Retweet' && rules.skipRetweets) {
    return { sourced: false, rule: 1, reason: 'Skip Retweets is Yes, so retweets are dropped.' };
  }
  if (!rules.allowAnyLanguage && !rules.languages.some((code) => same(code, post.language))) {
    return {
      sourced: false,
      rule: 2,
      reason: `The post's language (${post.language || 'none'}) is not one of the Languages.`,
    };
  }

  const tokens = tokenize(post.text);
  const mentioned = rules.handles.find((handle) => tokens.has(entryKey(handle)));
  const blocked = new Set(rules.blockedKeywords.map(entryKey));
  const keyword = rules.keywords.find(
    (entry) => !blocked.has(entryKey(entry)) && matchesEntry(tokens, entry),
  );

  let candidate: Omit<Verdict, 'sourced' | 'rule'>;
  if (isDirect) candidate = { reason: 'A direct message to the channel is always a candidate.' };
  else if (keyword) candidate = { reason: `It matches the keyword “${keyword}”.`, term: keyword };
  else if (mentioned) candidate = { reason: `It mentions ${mentioned}.`, term: mentioned };
  else {
    const blockedMatch = rules.keywords.find(
      (entry) => blocked.has(entryKey(entry)) && matchesEntry(tokens, entry),
    );
    return {
      sourced: false,
      rule: 3,
      reason: blockedMatch
        ? `It matches only “${blockedMatch}”, which is blocked.`
        : 'It matches no keyword and mentions none of the Twitter Handle(s).',
      ...(blockedMatch ? { term: blockedMatch } : {}),
    };
  }

  const exclusion = rules.exclusions.find((entry) => matchesEntry(tokens, entry));
  if (exclusion) {
    if (mentioned && !rules.useHandlesAsKeywords) {
      return {
        sourced: true,
        rule: 5,
        reason: `It contains the exclusion “${exclusion}” but mentions ${mentioned}, and handles are not used as keywords, so exclusions do not apply.`,
        term: mentioned,
      };
    }
    return {
      sourced: false,
      rule: 5,
      reason: `It contains the exclusion “${exclusion}”.`,
      term: exclusion,
    };
  }
  return { sourced: true, rule: keyword ? 4 : 3, ...candidate };
}
