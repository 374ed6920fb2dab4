import { z } from 'zod/mini';
import { channelSchema } from '../src/api/channel-schema';
import { idSchema, userSchema } from '../src/api/user-schema';
import { passwordHashSchema } from './password-hash';

export const HUB_STATE_VERSION = 1;

const storedAccountSchema = z.object({
  id: idSchema,
  name: z.string(),
  apiKey: z.string(),
  createdAt: z.iso.datetime(),
  apiKeyRotatedAt: z.optional(z.iso.datetime()),
});

// The user as the Hub keeps it: the API's user, its account, and a password hash in place of
// the API's hasPassword flag.
const storedUserSchema = z.extend(z.omit(userSchema, { hasPassword: true }), {
  accountId: idSchema,
  passwordHash: z.nullable(passwordHashSchema),
});

// A session as stored: the SHA-256 of its token (hashSessionToken), never the token itself.
const storedSessionSchema = z.object({
  tokenHash: z.string(),
  userId: idSchema,
  accountId: idSchema,
  expiresAt: z.iso.datetime(),
  /** Opened with the account's API key (DMS): a rotation of the key ends it. */
  byApiKey: z.optional(z.literal(true)),
});

// Data stored before tokens were hashed keeps its sessions in the clear; they are dropped on
// load (a session lasts a day at most: their users sign in again), and the rest of the data kept.
const sessionInTheClearSchema = z.object({ token: z.string() });
const sessionsSchema = z.pipe(
  z.array(z.union([storedSessionSchema, sessionInTheClearSchema])),
  z.transform((sessions) =>
    sessions.flatMap((session) => ('tokenHash' in session ? [session] : [])),
  ),
);

const storedChannelSchema = z.object({ accountId: idSchema, channel: channelSchema });

/** A provider login started by "Login to Twitter/Facebook" and not finished yet. */
const pendingAuthorizationSchema = z.object({
  state: z.string(),
  channelId: idSchema,
  expiresAt: z.iso.datetime(),
  /** Who started it, for the history; absent in data stored before the Hub kept it. */
  userId: z.optional(idSchema),
});

export const hubStateSchema = z.object({
  stateVersion: z.literal(HUB_STATE_VERSION),
  clockOffsetMs: z.int(),
  accounts: z.array(storedAccountSchema),
  users: z.array(storedUserSchema),
  sessions: sessionsSchema,
  channels: z.array(storedChannelSchema),
  pendingAuthorizations: z._default(z.array(pendingAuthorizationSchema), []),
});

export type HubState = z.infer<typeof hubStateSchema>;
export type StoredAccount = z.infer<typeof storedAccountSchema>;
export type StoredUser = z.infer<typeof storedUserSchema>;
export type StoredChannel = z.infer<typeof storedChannelSchema>;
