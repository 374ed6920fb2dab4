import { z } from 'zod/mini';
import { canonicalEntry, entryCharacterProblem, entryKey } from '../lib/entry';
import { groupDigits } from '../lib/format';
import { countCharacters, multiLineText, singleLineText } from '../lib/text-rules';
import { twitterLanguageCodes } from '../lib/twitter-language-codes';
import { pageParams, pageSchema } from './page-schema';
import { idSchema } from './user-schema';

export const channelTypes = [
  'Twitter:Account',
  'Twitter:Service',
  'Facebook:Account',
  'Facebook:Service',
] as const;
const channelTypeSchema = z.enum(channelTypes);
export type ChannelType = z.infer<typeof channelTypeSchema>;

const channelStatusSchema = z.enum(['Active', 'Suspended']);

export const RPC_CACHE_TIMEOUT_MAX = 3600;
export const QUEUE_HISTORY_WINDOW_MAX = 2_419_200;
/** Past this many tweets a minute the Hub removes a keyword and blocks it for KEYWORD_BLOCK_DAYS. */
export const KEYWORD_SPIKE_PER_MINUTE = 300;
export const KEYWORD_BLOCK_DAYS = 3;
export const LIST_MAX_ENTRIES = 400;

export const channelNameRule = singleLineText({ label: 'Channel Name', max: 100 });
export const channelDescriptionRule = multiLineText({ label: 'Description', max: 500 });

const seconds = (label: string, max: number) => {
  const tooBig = `${label} can be at most ${groupDigits(max)} seconds`;
  const negative = `${label} cannot be negative`;
  return z
    .int({
      // A number past the safe integers fails the integer check itself: say what is wrong with
      // it (too big, or negative), not that it is not a whole number.
      error: ({ input }) =>
        typeof input === 'number' && input > max
          ? tooBig
          : typeof input === 'number' && input < 0
            ? negative
            : `${label} must be a whole number of seconds`,
    })
    .check(z.minimum(0, negative), z.maximum(max, tooBig));
};

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

const blockedKeywordSchema = z.object({
  keyword: z.string(),
  blockedUntil: z.iso.datetime(),
});

const twitterAccountSchema = z.object({
  ...commonFields,
  type: z.literal('Twitter:Account'),
  authorization: z.nullable(z.object({ handle: z.string(), savedAt: z.iso.datetime() })),
});

const facebookAccountSchema = z.object({
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
  keywords: z.array(z.string()).check(z.maxLength(LIST_MAX_ENTRIES)),
  exclusions: z.array(z.string()).check(z.maxLength(LIST_MAX_ENTRIES)),
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

const twitterServiceSchema = z.object({
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

const facebookServiceSchema = z.object({
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

export const HANDLE_PATTERN = /^@[A-Za-z0-9_]{1,15}$/;
export const ENTRY_MAX_CHARACTERS = 60;

const listEntry = (label: string) =>
  z.string().check(
    z.overwrite(canonicalEntry),
    z.minLength(1, `A ${label} cannot be empty`),
    // Characters as a person counts them, code points, as JSON Schema's maxLength does.
    z.refine(
      (entry) => countCharacters(entry) <= ENTRY_MAX_CHARACTERS,
      `A ${label} can have at most ${ENTRY_MAX_CHARACTERS} characters`,
    ),
    z.meta({ maxLength: ENTRY_MAX_CHARACTERS }),
    z.superRefine((entry, context) => {
      const problem = entryCharacterProblem(entry);
      if (problem)
        context.addIssue({ code: 'custom', input: entry, message: `“${entry}” ${problem}` });
    }),
  );

const knownLanguageCodes = new Set<string>(twitterLanguageCodes);

/** Whether no two entries of a list are the same entry. */
const allDifferent = (list: readonly string[]) => new Set(list.map(entryKey)).size === list.length;

const entryList = (label: string, plural: string) =>
  z
    .array(listEntry(label))
    .check(
      z.maxLength(LIST_MAX_ENTRIES, `At most ${LIST_MAX_ENTRIES} ${plural}`),
      z.refine(allDifferent, `Each of the ${plural} can appear once`),
    );

const editableCommon = {
  name: channelNameRule,
  description: channelDescriptionRule,
  status: channelStatusSchema,
  production: z.boolean(),
};

/** A Twitter:Service's listening rules and settings as a save must hold them. */
const twitterServiceRules = {
  ...twitterServiceSettingsSchema.shape,
  keywords: entryList('keyword', 'keywords'),
  exclusions: entryList('exclusion', 'exclusions'),
  languages: z
    .array(
      z
        .string()
        .check(z.refine((code) => knownLanguageCodes.has(code), 'Choose languages from the list')),
    )
    .check(
      z.maxLength(twitterLanguageCodes.length, 'Each language can be chosen once'),
      z.refine(allDifferent, 'Each language can be chosen once'),
    ),
  handles: z
    .array(
      z.string().check(z.regex(HANDLE_PATTERN, 'A handle is @ and 1 to 15 letters, digits or _')),
    )
    .check(
      z.maxLength(LIST_MAX_ENTRIES, `At most ${LIST_MAX_ENTRIES} handles`),
      z.refine(allDifferent, 'Each handle can appear once'),
    ),
};

type TwitterServiceRuleValues = z.output<z.ZodMiniObject<typeof twitterServiceRules>>;

const twitterServiceCheck = z.superRefine((values: TwitterServiceRuleValues, context) => {
  if (!values.allowAnyLanguage && values.languages.length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['languages'],
      message: 'Choose at least one language, or turn on "Allow any language"',
    });
  }
  if (!values.messageTypes.private && !values.messageTypes.public) {
    context.addIssue({
      code: 'custom',
      path: ['messageTypes'],
      message: 'Choose Private, Public or both',
    });
  }
  if (values.handles.length >= 2 && !values.defaultReplyHandle) {
    context.addIssue({
      code: 'custom',
      path: ['defaultReplyHandle'],
      message: 'Choose the Default reply handle among the handles',
    });
  }
  if (values.defaultReplyHandle && !values.handles.includes(values.defaultReplyHandle)) {
    context.addIssue({
      code: 'custom',
      path: ['defaultReplyHandle'],
      message: 'The Default reply handle must be one of the Twitter Handle(s)',
    });
  }
});

export const twitterServiceUpdateSchema = z
  .object({ ...editableCommon, type: z.literal('Twitter:Service'), ...twitterServiceRules })
  .check(twitterServiceCheck);

/** A Facebook:Service's settings as a save must hold them. */
const facebookServiceRules = {
  ...facebookServiceSettingsSchema.shape,
  pageIds: z
    .array(z.string())
    .check(
      z.maxLength(LIST_MAX_ENTRIES, `At most ${LIST_MAX_ENTRIES} pages`),
      z.refine(allDifferent, 'Each page can be chosen once'),
    ),
};

const facebookServiceCheck = z.refine<{ messageTypes: { private: boolean; public: boolean } }>(
  (values) => values.messageTypes.private || values.messageTypes.public,
  { message: 'Choose Private, Public or both', path: ['messageTypes'] },
);

export const facebookServiceUpdateSchema = z
  .object({ ...editableCommon, type: z.literal('Facebook:Service'), ...facebookServiceRules })
  .check(facebookServiceCheck);

/** The settings a new Service channel may start with: an import or a duplicate. */
const serviceSettingsSchemas = {
  'Twitter:Service': z.strictObject(twitterServiceRules).check(twitterServiceCheck),
  'Facebook:Service': z.strictObject(facebookServiceRules).check(facebookServiceCheck),
};

/**
 * The settings a channel configuration file carries (SPEC §11): a Facebook:Service's Outbound
 * Channel is an ID of one account, so the admin chooses it on import instead.
 */
const { outboundChannelId: _outbound, ...portableFacebookRules } = facebookServiceRules;
export const portableSettingsSchemas = {
  'Twitter:Service': serviceSettingsSchemas['Twitter:Service'],
  'Facebook:Service': z.strictObject(portableFacebookRules).check(facebookServiceCheck),
};

const newChannelFields = {
  name: channelNameRule,
  description: z._default(channelDescriptionRule, ''),
};

/**
 * What `POST /channels` takes: a type, a name and a description; a Service channel may bring its
 * settings too, so that an import or a duplicate is made in one request, never half-made. Any
 * other field is refused, not dropped: settings sent with an Account channel would be lost.
 */
export const newChannelBodySchema = z.discriminatedUnion('type', [
  z.strictObject({ ...newChannelFields, type: z.enum(['Twitter:Account', 'Facebook:Account']) }),
  z.strictObject({
    ...newChannelFields,
    type: z.literal('Twitter:Service'),
    settings: z.optional(serviceSettingsSchemas['Twitter:Service']),
  }),
  z.strictObject({
    ...newChannelFields,
    type: z.literal('Facebook:Service'),
    settings: z.optional(serviceSettingsSchemas['Facebook:Service']),
  }),
]);
export type NewChannelBody = z.input<typeof newChannelBodySchema>;

export const accountChannelUpdateSchema = z.object({
  ...editableCommon,
  type: z.enum(['Twitter:Account', 'Facebook:Account']),
});

export const channelUpdateSchema = z.union([
  twitterServiceUpdateSchema,
  facebookServiceUpdateSchema,
  accountChannelUpdateSchema,
]);
export type ChannelUpdate = z.infer<typeof channelUpdateSchema>;
export type TwitterServiceUpdate = z.infer<typeof twitterServiceUpdateSchema>;
export type FacebookServiceUpdate = z.infer<typeof facebookServiceUpdateSchema>;

const facebookPageSchema = z.object({ id: z.string(), name: z.string() });
export const facebookPagesSchema = z.object({ items: z.array(facebookPageSchema) });

export const authorizationStartSchema = z.object({ authorizeUrl: z.string() });

const channelSorts = ['name', '-name', 'updatedAt', '-updatedAt', 'type', '-type'] as const;
export const channelListParamsSchema = z.object({
  q: z.optional(z.string()),
  type: z.optional(channelTypeSchema),
  status: z.optional(channelStatusSchema),
  production: z.optional(z.enum(['true', 'false'])),
  sort: z._default(z.enum(channelSorts), 'name'),
  ...pageParams,
});
export type ChannelListParams = z.output<typeof channelListParamsSchema>;

/** The editable part of a channel, as the Update page and PUT carry it. */
export function toChannelUpdate(channel: Channel): ChannelUpdate {
  const common = {
    name: channel.name,
    description: channel.description,
    status: channel.status,
    production: channel.production,
  };
  switch (channel.type) {
    case 'Twitter:Service': {
      const {
        id: _i,
        version: _v,
        createdAt: _c,
        updatedAt: _u,
        blockedKeywords: _b,
        ...rest
      } = channel;
      return { ...rest, ...common };
    }
    case 'Facebook:Service': {
      const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest } = channel;
      return { ...rest, ...common };
    }
    default:
      return { ...common, type: channel.type };
  }
}
