import { KEYWORD_BLOCK_DAYS, KEYWORD_SPIKE_PER_MINUTE } from '../src/api/channel-schema';
import { sameEntry } from '../src/lib/entry';
import { evaluatePost } from '../src/lib/filter-rules';
import { HUB_ACTOR } from '../src/api/activity-schema';
import { diffSettings } from '../src/api/channel-config';
import { requestIdOf } from './hub-events';
import type { StoredChannel } from './hub-state';
import type { MockHub } from './mock-hub';

// When the next block ends, as of a revision of the state: until then, or a change, nothing is
// due and the channels are not looked through.
const nextRelease = new WeakMap<MockHub, { revision: number; at: number }>();

/**
 * Drops the blocks whose time is over, as the Hub does before it answers: of every channel, or
 * of the one channel a request is about.
 */
export function releaseExpiredBlocks(hub: MockHub, only?: StoredChannel) {
  const now = hub.now().getTime();
  const due = nextRelease.get(hub);
  if (!only && due?.revision === hub.revision && now < due.at) return;
  const released: string[] = [];
  let next = Infinity;
  for (const { accountId, channel } of only ? [only] : hub.state.channels) {
    if (channel.type !== 'Twitter:Service' || channel.blockedKeywords.length === 0) continue;
    const active = channel.blockedKeywords.filter((block) => Date.parse(block.blockedUntil) > now);
    for (const block of active) next = Math.min(next, Date.parse(block.blockedUntil));
    if (active.length !== channel.blockedKeywords.length) {
      hub.events.record({
        accountId,
        actor: HUB_ACTOR,
        type: 'channel.keyword-unblocked',
        resource: 'channel',
        resourceId: channel.id,
        resourceName: channel.name,
        requestId: requestIdOf(),
        changes: diffSettings(
          { blockedKeywords: channel.blockedKeywords.map((block) => block.keyword) },
          { blockedKeywords: active.map((block) => block.keyword) },
        ),
      });
      channel.blockedKeywords = active;
      released.push(channel.id);
    }
  }
  if (released.length > 0) hub.commit({ channels: released });
  if (!only) nextRelease.set(hub, { revision: hub.revision, at: next });
}

/**
 * Simulates X traffic on one keyword of a Twitter:Service channel. The same filter rules as the
 * console's preview decide whether the channel sources such posts; past KEYWORD_SPIKE_PER_MINUTE tweets a minute the
 * Hub removes the keyword and blocks it for 3 days.
 */
export function simulateKeywordSpike(
  hub: MockHub,
  channelId: string,
  keyword: string,
  tweetsPerMinute: number,
): { found: boolean; message: string } {
  const stored = hub.state.channels.find((candidate) => candidate.channel.id === channelId);
  const channel = stored?.channel;
  if (!channel || channel.type !== 'Twitter:Service')
    return { found: false, message: 'No Twitter:Service channel has that ID.' };
  const entry = channel.keywords.find((candidate) => sameEntry(candidate, keyword));
  if (!entry) return { found: false, message: `“${keyword}” is not a keyword of ${channel.name}.` };
  const verdict = evaluatePost(
    {
      ...channel,
      blockedKeywords: channel.blockedKeywords.map((block) => block.keyword),
    },
    {
      text: entry,
      author: '@traffic',
      language: channel.allowAnyLanguage ? 'en' : (channel.languages[0] ?? 'en'),
      kind: 'Tweet',
    },
  );
  if (!verdict.sourced || verdict.term !== entry) {
    return {
      found: true,
      message: `The channel does not source posts for “${entry}” (${verdict.reason}); nothing changes.`,
    };
  }
  if (tweetsPerMinute <= KEYWORD_SPIKE_PER_MINUTE) {
    return {
      found: true,
      message: `${tweetsPerMinute} tweets a minute on “${entry}” is within the limit.`,
    };
  }
  const now = hub.now();
  const blockedUntil = new Date(now.getTime() + KEYWORD_BLOCK_DAYS * 86_400_000).toISOString();
  const listsOf = () => ({
    keywords: channel.keywords,
    blockedKeywords: channel.blockedKeywords.map((block) => block.keyword),
  });
  const before = listsOf();
  channel.keywords = channel.keywords.filter((candidate) => candidate !== entry);
  channel.blockedKeywords = [...channel.blockedKeywords, { keyword: entry, blockedUntil }];
  channel.version += 1;
  channel.updatedAt = now.toISOString();
  hub.events.record({
    accountId: stored.accountId,
    actor: HUB_ACTOR,
    type: 'channel.keyword-blocked',
    resource: 'channel',
    resourceId: channel.id,
    resourceName: channel.name,
    requestId: requestIdOf(),
    changes: diffSettings(before, listsOf()),
  });
  hub.commit();
  return {
    found: true,
    message: `“${entry}” passed ${KEYWORD_SPIKE_PER_MINUTE} tweets a minute: removed and blocked until ${blockedUntil}.`,
  };
}

/** The keywords of an update that are still blocked, with the time each can be added back. */
export function stillBlocked(
  blocks: readonly { keyword: string; blockedUntil: string }[],
  keywords: readonly string[],
) {
  return blocks.filter((block) => keywords.some((keyword) => sameEntry(keyword, block.keyword)));
}
