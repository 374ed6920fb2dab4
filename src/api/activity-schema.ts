import { z } from 'zod/mini';
import { pageParams } from './page-schema';
import { idSchema } from './user-schema';

// The change history (SPEC §10): what the Hub records for every change, who made it and when.

export const activityResources = ['channel', 'user', 'account'] as const;

/** What happened. Each names its resource first, so a type says what it is about. */
export const activityTypes = [
  'channel.created',
  'channel.updated',
  'channel.deleted',
  'channel.production-switched',
  'channel.keyword-blocked',
  'channel.keyword-unblocked',
  'user.created',
  'user.updated',
  'user.roles-changed',
  'user.deleted',
  'user.password-reset',
  'user.signed-in',
  'user.sign-in-failed',
  'user.locked-out',
  'account.created',
  'account.api-key-revealed',
  'account.api-key-rotated',
] as const;
export type ActivityType = (typeof activityTypes)[number];

/** Who did it: a user of the account, or the Hub itself (HUB_ACTOR). */
const actorSchema = z.object({ id: z.string(), name: z.string() });
export type Actor = z.infer<typeof actorSchema>;

/** The Hub's own actions (a keyword blocked after a traffic spike, and unblocked) are its own. */
export const HUB_ACTOR: Actor = { id: 'hub', name: 'Hub' };

// A secret field says that it changed and nothing else; a list gives what was added and removed;
// any other field its value before and after. Tried in that order: the last one fits anything.
const secretChangeSchema = z.object({ field: z.string(), changed: z.literal(true) });
const listChangeSchema = z.object({
  field: z.string(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
});
// A value that was not there (before a creation, after a deletion) is left out, as JSON leaves
// out `undefined`: a stored event reads back as it was recorded.
const valueChangeSchema = z.object({
  field: z.string(),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
});
const changeSchema = z.union([secretChangeSchema, listChangeSchema, valueChangeSchema]);
export type ActivityChange = z.infer<typeof changeSchema>;

export const activityEventSchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: actorSchema,
  type: z.enum(activityTypes),
  resource: z.enum(activityResources),
  resourceId: z.string(),
  /** The resource's name when the event happened. */
  resourceName: z.string(),
  requestId: z.string(),
  changes: z.array(changeSchema),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;

/** The longest actor ID a filter may name: a user's ID, or the Hub's. */
const MAX_ACTOR_ID_LENGTH = 24;

/**
 * GET /activity: filters and paging, as the Activity page and the Hub read them. `from` and `to`
 * bound `at` (from inclusive, to exclusive).
 */
export const activityListParamsSchema = z.object({
  resource: z.optional(z.enum(activityResources)),
  resourceId: z.optional(idSchema),
  actor: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_ACTOR_ID_LENGTH))),
  type: z.optional(z.enum(activityTypes)),
  from: z.optional(z.iso.datetime()),
  to: z.optional(z.iso.datetime()),
  ...pageParams,
});
export type ActivityListParams = z.output<typeof activityListParamsSchema>;
