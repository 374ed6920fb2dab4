import type { ChannelConfig } from './channel-config-import';
import type { Channel } from './channel-schema';

// A Service channel's configuration as a file (SPEC §11): what moves a channel from a lab account
// to production. It holds no Hub IDs, tokens or keys, and is read by the same rules as a save.
// Exporting and comparing live here; reading a file and importing it live in
// channel-config-import.ts, which loads only when an admin imports.

export const CHANNEL_CONFIG_FORMAT = 'hub-console/channel-config';
export const CHANNEL_CONFIG_VERSION = 1;

type ServiceChannel = Extract<Channel, { type: 'Twitter:Service' | 'Facebook:Service' }>;

/** Whether a channel has a configuration to export: Service channels do, Account channels hold a login. */
export const hasChannelConfig = (channel: Channel): channel is ServiceChannel =>
  channel.type === 'Twitter:Service' || channel.type === 'Facebook:Service';

// Characters that Windows, macOS or Linux refuse in a file name, and invisible ones.
const UNSAFE_IN_FILE_NAME = /[\p{Cc}\p{Cf}<>:"/\\|?*]/gu;
const RESERVED_FILE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** The name of a channel's configuration file: `<channel name>.json`, safe on every system. */
export function channelConfigFileName(channelName: string): string {
  const safe = channelName
    .replace(UNSAFE_IN_FILE_NAME, '_')
    // Windows drops trailing dots and spaces; a leading dot hides the file.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (safe === '') return 'channel.json';
  return `${RESERVED_FILE_NAME.test(safe) ? `_${safe}` : safe}.json`;
}

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
