import { z } from 'zod/mini';
import {
  channelDescriptionRule,
  channelNameRule,
  portableSettingsSchemas,
  type Channel,
} from './channel-schema';
import { MAX_BODY_BYTES } from './hub-route';
import { entryKey, sameEntry } from '../lib/entry';
import { broadKeywordWarning } from '../lib/keyword-warnings';

// A Service channel's configuration as a file (SPEC §11): what moves a channel from a lab account
// to production. It holds no Hub IDs, tokens or keys, and is read by the same rules as a save.

const CHANNEL_CONFIG_FORMAT = 'hub-console/channel-config';
const CHANNEL_CONFIG_VERSION = 1;
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

type ServiceChannel = Extract<Channel, { type: 'Twitter:Service' | 'Facebook:Service' }>;

/** The channel's configuration file, as the console exports it. */
export function toChannelConfig(channel: ServiceChannel): ChannelConfig {
  const header = {
    format: CHANNEL_CONFIG_FORMAT,
    version: CHANNEL_CONFIG_VERSION,
    name: channel.name,
    description: channel.description,
  } as const;
  if (channel.type === 'Twitter:Service') {
    const {
      id: _id,
      version: _version,
      createdAt: _created,
      updatedAt: _updated,
      blockedKeywords: _blocked,
      name: _name,
      description: _description,
      status: _status,
      production: _production,
      type,
      ...settings
    } = channel;
    return { ...header, type, settings };
  }
  const {
    id: _id,
    version: _version,
    createdAt: _created,
    updatedAt: _updated,
    outboundChannelId: _outbound,
    name: _name,
    description: _description,
    status: _status,
    production: _production,
    type,
    ...settings
  } = channel;
  return { ...header, type, settings };
}

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
      issue.path.length > 0
        ? `${where(issue.path)}: ${describeIssue(issue)}`
        : describeIssue(issue),
    ),
  };
}

/** One difference between two versions of a channel's settings (SPEC §10's shape). */
export type SettingChange =
  | { field: string; before: unknown; after: unknown }
  | { field: string; added: string[]; removed: string[] };

const isList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What changes from `before` to `after`, field by field: lists as the entries added and removed,
 * nested settings by their dotted name, anything else as before and after.
 */
export function diffSettings(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix = '',
): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const field = `${prefix}${key}`;
    const [was, is] = [before[key], after[key]];
    if (isList(was) && isList(is)) {
      const added = is.filter((entry) => !was.includes(entry));
      const removed = was.filter((entry) => !is.includes(entry));
      if (added.length > 0 || removed.length > 0) changes.push({ field, added, removed });
    } else if (isRecord(was) && isRecord(is)) {
      changes.push(...diffSettings(was, is, `${field}.`));
    } else if (JSON.stringify(was) !== JSON.stringify(is)) {
      changes.push({ field, before: was, after: is });
    }
  }
  return changes;
}

/** The warning Twitter:Service shows while Compliance Events are off. */
export const COMPLIANCE_EVENTS_WARNING =
  'X requires Compliance Events: turning them off can break the integration.';

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
      .map((pageId) => `Page ${pageId} is not granted to the chosen Outbound Channel.`);
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
