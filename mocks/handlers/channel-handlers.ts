import { http, HttpResponse } from 'msw';
import { channelRoutes } from '../../src/api/channel-routes';
import { z } from 'zod/mini';
import { missingForActive } from '../../src/api/channel-rules';
import {
  channelSchema,
  facebookServiceDefaults,
  twitterServiceDefaults,
  type Channel,
  type ChannelUpdate,
} from '../../src/api/channel-schema';
import { entryKey } from '../../src/lib/entry';
import { diffSettings } from '../../src/api/channel-config';
import { HUB_ACTOR } from '../../src/api/activity-schema';
import { actorOf, requestIdOf, type NewEvent } from '../hub-events';
import {
  authenticate,
  authorize,
  checkVersion,
  createOnce,
  errorResponse,
  HUB,
  on,
  readBody,
  readQuery,
  type Caller,
} from '../hub-http';
import type { StoredChannel } from '../hub-state';
import type { MockHub } from '../mock-hub';
import { randomHex } from '../password-hash';
import { facebookPagesOf } from '../facebook-pages';
import { releaseExpiredBlocks, stillBlocked } from '../keyword-traffic';

const AUTHORIZATION_MINUTES = 15;

export const facebookPermissions = [
  'pages_messaging',
  'pages_manage_metadata',
  'pages_read_engagement',
  'pages_manage_engagement',
];

const completionSchema = z.union([
  z.object({ state: z.string(), provider: z.literal('twitter'), handle: z.string() }),
  z.object({
    state: z.string(),
    provider: z.literal('facebook'),
    userName: z.string(),
    pageIds: z.array(z.string()),
    permissions: z.array(z.string()),
  }),
]);

// One collator for every comparison: localeCompare with options builds one per call, which
// made sorting 2,000 channels take 200 ms.
const byText = new Intl.Collator('en', { sensitivity: 'base' }).compare;
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compare(sort: string) {
  const direction = sort.startsWith('-') ? -1 : 1;
  const key = sort.replace(/^-/, '') as 'name' | 'type' | 'updatedAt';
  // ISO timestamps sort as plain strings.
  const byKey = key === 'updatedAt' ? byCodePoint : byText;
  return (a: Channel, b: Channel) =>
    direction * byKey(a[key], b[key]) || byCodePoint(a.name, b.name);
}

/** PUT replaces what the Update page edits; the rest (ID, type, authorization) stays the Hub's. */
function applyUpdate(channel: Channel, update: ChannelUpdate, now: string): Channel {
  if (update.type !== channel.type) {
    throw errorResponse(422, 'type-change', 'A channel keeps the type it was created with.', {
      type: 'The Channel Type cannot change.',
    });
  }
  // Parsed, not cast: what the Hub stores must be a whole channel of its type.
  return channelSchema.parse({
    ...channel,
    ...update,
    version: channel.version + 1,
    updatedAt: now,
  });
}

/** What a channel's history compares: everything but the Hub's bookkeeping. */
function recordedFields(channel: Channel | null): Record<string, unknown> {
  if (!channel) return {};
  const {
    id: _id,
    version: _version,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = channel;
  return fields;
}

/**
 * The events of a change to a channel (SPEC §10's shape, from diffSettings): a switch of
 * Production mode is an event of its own; nothing changed, no event.
 */
function channelEvents(
  event: Omit<NewEvent, 'type' | 'resource' | 'resourceId' | 'resourceName' | 'changes'>,
  before: Channel | null,
  after: Channel,
): NewEvent[] {
  const about = {
    ...event,
    resource: 'channel' as const,
    resourceId: after.id,
    resourceName: after.name,
  };
  const changes = diffSettings(recordedFields(before), recordedFields(after));
  if (!before) return [{ ...about, type: 'channel.created', changes }];
  const production = changes.filter((change) => change.field === 'production');
  const rest = changes.filter((change) => change.field !== 'production');
  return [
    ...(rest.length > 0 ? [{ ...about, type: 'channel.updated' as const, changes: rest }] : []),
    ...(production.length > 0
      ? [{ ...about, type: 'channel.production-switched' as const, changes: production }]
      : []),
  ];
}

export function createChannelHandlers(hub: MockHub) {
  /** Who made this request's changes, and which request it is. */
  const doneBy = (request: Request, caller: Caller) => ({
    accountId: caller.account.id,
    actor: actorOf(caller.user),
    requestId: requestIdOf(request),
  });

  /** The account whose channel a provider login (by its state) is for, while it is open. */
  const accountOfLogin = (state: string | null) => {
    const now = hub.now().getTime();
    const pending = hub.state.pendingAuthorizations.find(
      (candidate) => candidate.state === state && Date.parse(candidate.expiresAt) > now,
    );
    const stored = pending && hub.findChannel(pending.channelId);
    return stored && hub.findAccount(stored.accountId);
  };

  // The last order each account's channels were listed in, by sort, and the state's revision
  // then. A list with no change between answers is not sorted again; after a change the last
  // order is sorted again, which is close to linear (the sort finds the runs already in order),
  // where sorting 2,000 channels from scratch compared names 22,000 times.
  const lastOrders = new Map<string, { order: StoredChannel[]; revision: number }>();
  function sortedChannels(caller: Caller, sort: string): readonly StoredChannel[] {
    const key = JSON.stringify([caller.account.id, sort]);
    const last = lastOrders.get(key);
    if (last?.revision === hub.revision) return last.order;
    const current = hub.state.channels.filter((stored) => stored.accountId === caller.account.id);
    const present = new Set(current);
    const previous = (last?.order ?? []).filter((stored) => present.has(stored));
    const kept = new Set(previous);
    const byChannel = compare(sort);
    const order = [...previous, ...current.filter((stored) => !kept.has(stored))].sort((a, b) =>
      byChannel(a.channel, b.channel),
    );
    lastOrders.set(key, { order, revision: hub.revision });
    return order;
  }

  // Name keys by name: the same names are compared on every save.
  const nameKeys = new Map<string, string>();
  function nameKey(name: string) {
    let key = nameKeys.get(name);
    if (key === undefined) {
      if (nameKeys.size >= 20_000) nameKeys.clear();
      nameKeys.set(name, (key = entryKey(name)));
    }
    return key;
  }

  function findChannel(caller: Caller, id: unknown): StoredChannel;
  function findChannel(caller: Caller, id: unknown, required: false): StoredChannel | undefined;
  function findChannel(caller: Caller, id: unknown, required = true) {
    const found = typeof id === 'string' ? hub.findChannel(id) : undefined;
    const stored = found?.accountId === caller.account.id ? found : undefined;
    if (!stored && !required) return undefined;
    if (!stored) throw errorResponse(404, 'not-found', 'This channel no longer exists.');
    return stored;
  }

  // Each account's channel IDs by name key, as of a revision of the state. A save or a create
  // that finds it current keeps it current; any other change has it built again.
  const nameIndexes = new Map<string, { revision: number; owners: Map<string, string[]> }>();
  function nameOwners(accountId: string) {
    const index = nameIndexes.get(accountId);
    if (index?.revision === hub.revision) return index.owners;
    const owners = new Map<string, string[]>();
    for (const { accountId: owner, channel } of hub.state.channels) {
      if (owner !== accountId) continue;
      const key = nameKey(channel.name);
      owners.set(key, [...(owners.get(key) ?? []), channel.id]);
    }
    nameIndexes.set(accountId, { revision: hub.revision, owners });
    return owners;
  }

  /** Commits a save or a create of one channel; `before` is the channel as it was, if any. */
  function commitChannel(accountId: string, channel: Channel, before?: Channel) {
    const index = nameIndexes.get(accountId);
    const current = index?.revision === hub.revision;
    hub.commit({ channels: [channel.id] });
    if (!index || !current) return;
    if (before) {
      const ids = index.owners.get(nameKey(before.name)) ?? [];
      index.owners.set(
        nameKey(before.name),
        ids.filter((id) => id !== before.id),
      );
    }
    const key = nameKey(channel.name);
    index.owners.set(key, [...(index.owners.get(key) ?? []), channel.id]);
    index.revision = hub.revision;
  }

  function refuseTakenName(caller: Caller, name: string, exceptId?: string) {
    const owners = nameOwners(caller.account.id).get(nameKey(name)) ?? [];
    const taken = owners.some((id) => id !== exceptId);
    if (taken) {
      throw errorResponse(409, 'name-taken', 'A channel with this name already exists.', {
        name: 'Another channel of this account has this name (names ignore case).',
      });
    }
  }

  /**
   * Why a Facebook:Service cannot listen through this Outbound Channel to these pages, if it
   * cannot: the Outbound Channel is a Facebook:Account of the account, and its Facebook login
   * granted every page.
   */
  function facebookLinkProblem(
    caller: Caller,
    settings: { outboundChannelId: string | null; pageIds: readonly string[] },
  ) {
    const outbound = settings.outboundChannelId
      ? findChannel(caller, settings.outboundChannelId, false)?.channel
      : undefined;
    if (settings.outboundChannelId && outbound?.type !== 'Facebook:Account') {
      return errorResponse(422, 'invalid', 'The Outbound Channel must be a Facebook:Account.', {
        outboundChannelId: 'Choose a Facebook:Account channel of this account.',
      });
    }
    const granted = new Set(
      outbound?.type === 'Facebook:Account'
        ? (outbound.authorization?.pages ?? []).map((page) => page.id)
        : [],
    );
    if (settings.pageIds.some((pageId) => !granted.has(pageId))) {
      return errorResponse(422, 'invalid', 'Some pages are not granted to the Outbound Channel.', {
        pageIds: "Choose among the pages the Outbound Channel's Facebook login granted.",
      });
    }
    return null;
  }

  return [
    on(channelRoutes.listChannels, ({ request }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'channel:read');
      releaseExpiredBlocks(hub);
      const { q, type, status, production, sort, page, pageSize } = readQuery(
        request,
        channelRoutes.listChannels.query,
      );
      const needle = q ? entryKey(q) : '';
      // One pass over the sorted channels: a list of 2,000 is not copied once per filter.
      const items = sortedChannels(caller, sort).filter(
        ({ channel }) =>
          (!type || channel.type === type) &&
          (!status || channel.status === status) &&
          (!production || String(channel.production) === production) &&
          (!needle || entryKey(channel.name).includes(needle)),
      );
      return HttpResponse.json({
        items: items.slice((page - 1) * pageSize, page * pageSize).map(({ channel }) => channel),
        total: items.length,
      });
    }),

    on(channelRoutes.createChannel, ({ request }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'channel:create');
      return createOnce(hub, request, caller, async () => {
        const input = await readBody(request, channelRoutes.createChannel.body);
        refuseTakenName(caller, input.name);
        const now = hub.now().toISOString();
        const common = {
          id: randomHex(12),
          name: input.name,
          description: input.description,
          status: 'Suspended' as const,
          production: false,
          version: 1,
          createdAt: now,
          updatedAt: now,
        };
        let channel: Channel;
        switch (input.type) {
          case 'Twitter:Service':
            channel = {
              ...common,
              ...twitterServiceDefaults,
              ...input.settings,
              type: input.type,
              blockedKeywords: [],
            };
            break;
          case 'Facebook:Service': {
            const problem = input.settings ? facebookLinkProblem(caller, input.settings) : null;
            if (problem) return problem;
            channel = {
              ...common,
              ...facebookServiceDefaults,
              ...input.settings,
              type: input.type,
            };
            break;
          }
          default:
            channel = { ...common, type: input.type, authorization: null };
        }
        hub.state.channels.push({ accountId: caller.account.id, channel });
        hub.events.record(...channelEvents(doneBy(request, caller), null, channel));
        commitChannel(caller.account.id, channel);
        return HttpResponse.json(channel, { status: 201 });
      });
    }),

    on(channelRoutes.readChannel, ({ request, params }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'channel:read');
      const stored = findChannel(caller, params.id);
      releaseExpiredBlocks(hub, stored);
      return HttpResponse.json(stored.channel);
    }),

    on(channelRoutes.updateChannel, async ({ request, params }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'channel:update');
      checkVersion(request, findChannel(caller, params.id).channel.version);
      const update = await readBody(request, channelRoutes.updateChannel.body);
      // Again after reading the body: another save may have landed meanwhile.
      const stored = findChannel(caller, params.id);
      checkVersion(request, stored.channel.version);
      refuseTakenName(caller, update.name, stored.channel.id);
      releaseExpiredBlocks(hub, stored);
      if (update.type === 'Twitter:Service' && stored.channel.type === 'Twitter:Service') {
        const blocked = stillBlocked(stored.channel.blockedKeywords, update.keywords);
        if (blocked.length > 0) {
          const list = blocked
            .map((block) => `“${block.keyword}” is blocked until ${block.blockedUntil}`)
            .join('; ');
          return errorResponse(422, 'keyword-blocked', `${list}.`, { keywords: `${list}.` });
        }
      }
      if (update.type === 'Facebook:Service') {
        const problem = facebookLinkProblem(caller, update);
        if (problem) return problem;
      }
      const next = applyUpdate(stored.channel, update, hub.now().toISOString());
      const missing = next.status === 'Active' ? missingForActive(next) : [];
      if (missing.length > 0) {
        return errorResponse(
          422,
          'incomplete',
          `The channel cannot be Active yet. Missing: ${missing.join('; ')}.`,
          // `details` lists them; `fieldErrors.status` keeps them for clients older than it.
          { status: missing.join('; ') },
          undefined,
          missing,
        );
      }
      const before = stored.channel;
      stored.channel = next;
      hub.events.record(...channelEvents(doneBy(request, caller), before, next));
      commitChannel(caller.account.id, next, before);
      return HttpResponse.json(next);
    }),

    on(channelRoutes.deleteChannel, ({ request, params }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'channel:delete');
      const stored = findChannel(caller, params.id);
      hub.state.channels = hub.state.channels.filter((candidate) => candidate !== stored);
      const done = doneBy(request, caller);
      hub.events.record({
        ...done,
        type: 'channel.deleted',
        resource: 'channel',
        resourceId: stored.channel.id,
        resourceName: stored.channel.name,
        changes: [],
      });
      // Service channels that used it lose the link, as on a real Hub.
      for (const linked of hub.state.channels) {
        const channel = linked.channel;
        if (
          channel.type === 'Facebook:Service' &&
          channel.outboundChannelId === stored.channel.id
        ) {
          linked.channel = { ...channel, outboundChannelId: null, pageIds: [] };
          hub.events.record(...channelEvents(done, channel, linked.channel));
        }
      }
      hub.commit();
      return new HttpResponse(null, { status: 204 });
    }),

    on(channelRoutes.listFacebookPages, ({ request, params }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'channel:read');
      const { channel } = findChannel(caller, params.id);
      if (channel.type !== 'Facebook:Account') {
        return errorResponse(422, 'invalid', 'Only a Facebook:Account channel has pages.');
      }
      return HttpResponse.json({ items: channel.authorization?.pages ?? [] });
    }),

    on(channelRoutes.startAuthorization, ({ request, params }) => {
      const caller = authenticate(hub, request);
      // Logging in to a provider changes the channel's authorization.
      authorize(caller, 'channel:update');
      const { channel } = findChannel(caller, params.id);
      const provider =
        channel.type === 'Twitter:Account'
          ? 'twitter'
          : channel.type === 'Facebook:Account'
            ? 'facebook'
            : null;
      if (!provider) {
        return errorResponse(422, 'invalid', 'Only Account channels log in to a provider.');
      }
      const state = randomHex(16);
      hub.state.pendingAuthorizations.push({
        state,
        channelId: channel.id,
        userId: caller.user.id,
        expiresAt: new Date(hub.now().getTime() + AUTHORIZATION_MINUTES * 60_000).toISOString(),
      });
      hub.commit();
      const origin = new URL(request.url).origin;
      return HttpResponse.json({
        authorizeUrl: `${origin}/mock-provider/${provider}?state=${state}`,
      });
    }),

    // The pages the mock Facebook login offers: those of the account whose channel logs in.
    http.get(`${HUB}/mock-provider/facebook-pages`, ({ request }) => {
      const account = accountOfLogin(new URL(request.url).searchParams.get('state'));
      if (!account) {
        return errorResponse(400, 'invalid-state', 'This login has expired. Start it again.');
      }
      return HttpResponse.json({ items: facebookPagesOf(account) });
    }),

    // What the provider's callback does on a real Hub; the mock provider pages call it.
    http.post(`${HUB}/mock-provider/complete`, async ({ request }) => {
      const completion = await readBody(request, completionSchema);
      const now = hub.now();
      const pending = hub.state.pendingAuthorizations.find(
        (candidate) =>
          candidate.state === completion.state && Date.parse(candidate.expiresAt) > now.getTime(),
      );
      const stored = pending && hub.state.channels.find((c) => c.channel.id === pending.channelId);
      if (!pending || !stored) {
        return errorResponse(400, 'invalid-state', 'This login has expired. Start it again.');
      }
      const channel = stored.channel;
      const before = structuredClone(channel);
      const account = hub.state.accounts.find((candidate) => candidate.id === stored.accountId);
      const savedAt = now.toISOString();
      if (completion.provider === 'twitter' && channel.type === 'Twitter:Account') {
        channel.authorization = { handle: completion.handle, savedAt };
      } else if (completion.provider === 'facebook' && channel.type === 'Facebook:Account') {
        channel.authorization = {
          userName: completion.userName,
          pages: (account ? facebookPagesOf(account) : []).filter((page) =>
            completion.pageIds.includes(page.id),
          ),
          permissions: completion.permissions,
          savedAt,
        };
      } else {
        return errorResponse(400, 'invalid-state', 'This login does not fit the channel.');
      }
      channel.version += 1;
      channel.updatedAt = savedAt;
      hub.state.pendingAuthorizations = hub.state.pendingAuthorizations.filter(
        (p) => p !== pending,
      );
      // The user who started the login; a login started before the Hub kept them, the Hub.
      const starter = pending.userId ? hub.findUser(pending.userId) : undefined;
      hub.events.record(
        ...channelEvents(
          {
            accountId: stored.accountId,
            actor: starter ? actorOf(starter) : HUB_ACTOR,
            requestId: requestIdOf(request),
          },
          before,
          channel,
        ),
      );
      hub.commit();
      return HttpResponse.json({ channelId: channel.id });
    }),
  ];
}
