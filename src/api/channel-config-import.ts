import { z } from 'zod/mini';
import {
  channelDescriptionRule,
  channelNameRule,
  facebookServiceDefaults,
  portableSettingsSchemas,
  toChannelUpdate,
  twitterServiceDefaults,
  type Channel,
  type ChannelUpdate,
  type NewChannelBody,
} from './channel-schema';
import {
  CHANNEL_CONFIG_FORMAT,
  CHANNEL_CONFIG_VERSION,
  COMPLIANCE_EVENTS_WARNING,
} from './channel-config';
import { MAX_BODY_BYTES } from './hub-route';
import { entryKey, sameEntry } from '../lib/entry';
import { broadKeywordWarning } from '../lib/keyword-warnings';

// Reading a channel configuration file and importing it (SPEC §11): the file is checked whole by
// the same rules as a save, and what it would change is shown before anything is saved.

/** A file larger than a request the Hub accepts could never be saved. */
const MAX_CHANNEL_CONFIG_BYTES = MAX_BODY_BYTES;

const fileFields = {
  format: z.literal(CHANNEL_CONFIG_FORMAT),
  version: z.literal(CHANNEL_CONFIG_VERSION),
  name: channelNameRule,
  description: channelDescriptionRule,
};

const channelConfigSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...fileFields,
    type: z.literal('Twitter:Service'),
    settings: portableSettingsSchemas['Twitter:Service'],
  }),
  z.strictObject({
    ...fileFields,
    type: z.literal('Facebook:Service'),
    settings: portableSettingsSchemas['Facebook:Service'],
  }),
]);
export type ChannelConfig = z.output<typeof channelConfigSchema>;

export type ConfigFileResult =
  { ok: true; config: ChannelConfig } | { ok: false; errors: string[] };

/**
 * An issue in words: the schemas' own messages where they have one; zod's mini build carries no
 * messages of its own, so the common issues are named here.
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `Unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}.`;
  }
  if (issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type') return `Expected ${issue.expected}.`;
  if (issue.code === 'invalid_value') {
    return `Expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}.`;
  }
  if (issue.code === 'invalid_union')
    return 'The channel type must be Twitter:Service or Facebook:Service.';
  return issue.message;
}

const where = (path: readonly PropertyKey[]) =>
  path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .slice(1);

/** A chosen file read whole and checked; one too large to be a configuration is not read at all. */
export async function readChannelConfigFile(file: Blob): Promise<ConfigFileResult> {
  if (file.size > MAX_CHANNEL_CONFIG_BYTES) return readChannelConfig('', file.size);
  let text: string;
  try {
    text = await file.text();
  } catch {
    // The file changed or went away after it was chosen.
    return { ok: false, errors: ['The file could not be read. Choose it again.'] };
  }
  return readChannelConfig(text, file.size);
}

/**
 * A message that quotes the file, with the invisible characters it names shown as �: a bidi
 * override quoted as it is would reorder the rest of the message on screen.
 */
const shownSafely = (message: string) => message.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD');

/**
 * A configuration file read and checked whole: any problem refuses the file, with every problem
 * named, and nothing is changed.
 */
export function readChannelConfig(text: string, byteSize: number): ConfigFileResult {
  if (byteSize > MAX_CHANNEL_CONFIG_BYTES) {
    return {
      ok: false,
      errors: ['The file is larger than 1 MB; a channel configuration is far smaller.'],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not valid JSON.'] };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    !('format' in data) ||
    data.format !== CHANNEL_CONFIG_FORMAT
  ) {
    return { ok: false, errors: ['The file is not a Hub Console channel configuration.'] };
  }
  if (!('version' in data) || data.version !== CHANNEL_CONFIG_VERSION) {
    const version = 'version' in data ? JSON.stringify(data.version) : 'none';
    return {
      ok: false,
      errors: [
        `The file's format version is ${version}; this console reads version ${CHANNEL_CONFIG_VERSION}.`,
      ],
    };
  }
  const parsed = channelConfigSchema.safeParse(data);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) =>
      shownSafely(
        issue.path.length > 0
          ? `${where(issue.path)}: ${describeIssue(issue)}`
          : describeIssue(issue),
      ),
    ),
  };
}

/** Why this file cannot go onto this channel, beyond the file's own rules. */
export function importProblems(config: ChannelConfig, target?: Channel): string[] {
  if (!target) return [];
  if (target.type !== config.type) {
    return [`The file configures a ${config.type} channel; this channel is a ${target.type}.`];
  }
  if (config.type !== 'Twitter:Service' || target.type !== 'Twitter:Service') return [];
  return target.blockedKeywords
    .filter((block) =>
      config.settings.keywords.some((keyword) => sameEntry(keyword, block.keyword)),
    )
    .map(
      (block) =>
        `settings.keywords: “${block.keyword}” is blocked after a traffic spike until ${block.blockedUntil}.`,
    );
}

/** What the target account has that an import is checked against. */
export type ImportContext = {
  /** Entry keys of the handles its Twitter:Account channels are authorized for. */
  authorizedHandles: ReadonlySet<string>;
  /** The pages the chosen Outbound Channel's Facebook login granted. */
  grantedPageIds: ReadonlySet<string>;
};

/** What an admin should know before importing; none of it blocks the import. */
export function importWarnings(config: ChannelConfig, context: ImportContext): string[] {
  if (config.type === 'Facebook:Service') {
    return config.settings.pageIds
      .filter((pageId) => !context.grantedPageIds.has(pageId))
      .map(
        (pageId) => `Page ${pageId} is not granted to the chosen Outbound Channel; it is left out.`,
      );
  }
  const { handles, keywords, messageTypes } = config.settings;
  return [
    ...handles
      .filter((handle) => !context.authorizedHandles.has(entryKey(handle)))
      .map((handle) => `${handle} has no authorized Twitter:Account channel in this account.`),
    ...keywords.flatMap((keyword) => {
      const warning = broadKeywordWarning(keyword);
      return warning ? [`“${keyword}”: ${warning}`] : [];
    }),
    ...(messageTypes.complianceEvents ? [] : [COMPLIANCE_EVENTS_WARNING]),
  ];
}

/** What an import needs beyond the file: for a Facebook:Service, the Outbound Channel chosen. */
export type ImportTarget = {
  outboundChannelId: string | null;
  /** The pages that Outbound Channel's Facebook login granted; the others are left out. */
  grantedPageIds: ReadonlySet<string>;
};

/** A Facebook:Service's settings from a file: the chosen Outbound Channel, its granted pages. */
function facebookSettingsOf(
  config: Extract<ChannelConfig, { type: 'Facebook:Service' }>,
  target: ImportTarget,
) {
  return {
    ...config.settings,
    outboundChannelId: target.outboundChannelId,
    pageIds: config.settings.pageIds.filter((pageId) => target.grantedPageIds.has(pageId)),
  };
}

/** `POST /channels` for a new channel made from a file or a duplicate: one request, whole. */
export function newChannelFromConfig(
  config: ChannelConfig,
  fields: { name: string; description: string },
  target: ImportTarget,
): NewChannelBody {
  return config.type === 'Twitter:Service'
    ? { type: config.type, settings: config.settings, ...fields }
    : { type: config.type, settings: facebookSettingsOf(config, target), ...fields };
}

/** What a new channel of the file's type starts with, for the comparison an import shows. */
export function startingSettings(type: ChannelConfig['type']): Record<string, unknown> {
  return type === 'Twitter:Service' ? twitterServiceDefaults : facebookServiceDefaults;
}

/**
 * The channel with the file's settings: its name, description, status, production mode and
 * Outbound Channel stay its own. A file of another type changes nothing (`importProblems` says
 * why before any save).
 */
export function applyChannelConfig(
  channel: Channel,
  config: ChannelConfig,
  grantedPageIds: ReadonlySet<string>,
): ChannelUpdate {
  const current = toChannelUpdate(channel);
  if (current.type === 'Twitter:Service' && config.type === 'Twitter:Service') {
    return { ...current, ...config.settings };
  }
  if (current.type === 'Facebook:Service' && config.type === 'Facebook:Service') {
    const target = { outboundChannelId: current.outboundChannelId, grantedPageIds };
    return { ...current, ...facebookSettingsOf(config, target) };
  }
  return current;
}
