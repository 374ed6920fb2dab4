import { z } from 'zod/mini';
import { multiLineText, singleLineText } from '../lib/text-rules';
import { pageSchema } from './page-schema';
import { idSchema } from './user-schema';

export const channelTypes = [
  'Twitter:Account',
  'Twitter:Service',
  'Facebook:Account',
  'Facebook:Service',
] as const;
export const channelTypeSchema = z.enum(channelTypes);
export type ChannelType = z.infer<typeof channelTypeSchema>;

export const channelStatusSchema = z.enum(['Active', 'Suspended']);

export const RPC_CACHE_TIMEOUT_MAX = 3600;
export const QUEUE_HISTORY_WINDOW_MAX = 2_419_200;
export const FACEBOOK_RETENTION_DAYS = 28;

export const channelNameRule = singleLineText({ label: 'Channel Name', max: 100 });
export const channelDescriptionRule = multiLineText({ label: 'Description', max: 500 });

const seconds = (label: string, max: number) =>
  z
    .int({ error: `${label} must be a whole number of seconds` })
    .check(
      z.minimum(0, `${label} cannot be negative`),
      z.maximum(max, `${label} can be at most ${max.toLocaleString('en-US')} seconds`),
    );

const commonFields = {
  id: idSchema,
  name: z.string(),
  description: z.string(),
  status: channelStatusSchema,
  production: z.boolean(),
  version: z.int().check(z.positive()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const blockedKeywordSchema = z.object({
  keyword: z.string(),
  blockedUntil: z.iso.datetime(),
});

export const twitterAccountSchema = z.object({
  ...commonFields,
  type: z.literal('Twitter:Account'),
  authorization: z.nullable(z.object({ handle: z.string(), savedAt: z.iso.datetime() })),
});

export const facebookAccountSchema = z.object({
  ...commonFields,
  type: z.literal('Facebook:Account'),
  authorization: z.nullable(
    z.object({
      userName: z.string(),
      pages: z.array(z.object({ id: z.string(), name: z.string() })),
      permissions: z.array(z.string()),
      savedAt: z.iso.datetime(),
    }),
  ),
});

export const twitterServiceSettingsSchema = z.object({
  allowAnyLanguage: z.boolean(),
  languages: z.array(z.string()),
  keywords: z.array(z.string()).check(z.maxLength(400)),
  exclusions: z.array(z.string()).check(z.maxLength(400)),
  skipRetweets: z.boolean(),
  handles: z.array(z.string()),
  defaultReplyHandle: z.nullable(z.string()),
  useHandlesAsKeywords: z.boolean(),
  rpcCacheTimeout: seconds('RPC cache timeout', RPC_CACHE_TIMEOUT_MAX),
  messageTypes: z.object({
    private: z.boolean(),
    public: z.boolean(),
    complianceEvents: z.boolean(),
  }),
  doNotStorePersonalData: z.boolean(),
});

export const twitterServiceSchema = z.object({
  ...commonFields,
  ...twitterServiceSettingsSchema.shape,
  type: z.literal('Twitter:Service'),
  blockedKeywords: z.array(blockedKeywordSchema),
});

export const facebookServiceSettingsSchema = z.object({
  outboundChannelId: z.nullable(idSchema),
  pageIds: z.array(z.string()),
  rpcCacheTimeout: seconds('RPC cache timeout', RPC_CACHE_TIMEOUT_MAX),
  queueHistoryWindow: seconds('Queue history window', QUEUE_HISTORY_WINDOW_MAX),
  dataRecovery: z.boolean(),
  doNotStorePersonalData: z.boolean(),
  messageTypes: z.object({
    private: z.boolean(),
    public: z.boolean(),
    adsInteractions: z.boolean(),
  }),
});

export const facebookServiceSchema = z.object({
  ...commonFields,
  ...facebookServiceSettingsSchema.shape,
  type: z.literal('Facebook:Service'),
});

export const channelSchema = z.discriminatedUnion('type', [
  twitterAccountSchema,
  twitterServiceSchema,
  facebookAccountSchema,
  facebookServiceSchema,
]);
export type Channel = z.infer<typeof channelSchema>;
export type TwitterServiceChannel = z.infer<typeof twitterServiceSchema>;
export type FacebookServiceChannel = z.infer<typeof facebookServiceSchema>;

export const channelPageSchema = pageSchema(channelSchema);

export const newChannelInputSchema = z.object({
  type: channelTypeSchema,
  name: channelNameRule,
  description: z._default(channelDescriptionRule, ''),
});
export type NewChannelInput = z.input<typeof newChannelInputSchema>;

/** The settings a channel of each type starts with (the guide's defaults). */
export const twitterServiceDefaults: z.infer<typeof twitterServiceSettingsSchema> = {
  allowAnyLanguage: false,
  languages: [],
  keywords: [],
  exclusions: [],
  skipRetweets: true,
  handles: [],
  defaultReplyHandle: null,
  useHandlesAsKeywords: true,
  rpcCacheTimeout: 90,
  messageTypes: { private: true, public: true, complianceEvents: true },
  doNotStorePersonalData: false,
};

export const facebookServiceDefaults: z.infer<typeof facebookServiceSettingsSchema> = {
  outboundChannelId: null,
  pageIds: [],
  rpcCacheTimeout: 90,
  queueHistoryWindow: 604_800,
  dataRecovery: true,
  doNotStorePersonalData: false,
  messageTypes: { private: true, public: true, adsInteractions: false },
};
