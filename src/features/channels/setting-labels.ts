import { languageName } from '../../lib/languages';
import { formatNumber } from '../../lib/format';

/** A Service channel's settings by the guide's own labels, for comparisons and summaries. */
const labels: Record<string, string> = {
  allowAnyLanguage: 'Allow any language',
  languages: 'Languages',
  keywords: 'Keywords',
  exclusions: 'Exclusions',
  skipRetweets: 'Skip Retweets',
  handles: 'Twitter Handle(s)',
  defaultReplyHandle: 'Default reply handle',
  useHandlesAsKeywords: 'Use the specified handles as keywords',
  rpcCacheTimeout: 'RPC cache timeout',
  'messageTypes.private': 'Queue Message Type: Private',
  'messageTypes.public': 'Queue Message Type: Public',
  'messageTypes.complianceEvents': 'Queue Message Type: Compliance Events',
  'messageTypes.adsInteractions': 'Queue Message Type: Ads Interactions',
  doNotStorePersonalData: 'Do not store personal data',
  outboundChannelId: 'Outbound Channel',
  pageIds: 'Facebook Pages',
  queueHistoryWindow: 'Queue history window',
  dataRecovery: 'Data Recovery',
};

export const settingLabel = (field: string) => labels[field] ?? field;

/** Names for the values that are IDs or codes: channels and pages by name, languages by name. */
export type ValueNames = {
  channels?: ReadonlyMap<string, string>;
  pages?: ReadonlyMap<string, string>;
};

/** One entry of a list setting as a person reads it. */
export function describeEntry(field: string, entry: string, names: ValueNames = {}) {
  if (field === 'languages') return `${languageName(entry)} (${entry})`;
  const page = field === 'pageIds' ? names.pages?.get(entry) : undefined;
  return page ? `${page} (${entry})` : entry;
}

/** A single setting's value as a person reads it. */
export function describeValue(field: string, value: unknown, names: ValueNames = {}): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') {
    if (field === 'skipRetweets') return value ? 'Yes' : 'No';
    return value ? 'On' : 'Off';
  }
  if (typeof value === 'number') {
    return field === 'rpcCacheTimeout' || field === 'queueHistoryWindow'
      ? `${formatNumber(value)} seconds`
      : formatNumber(value);
  }
  if (typeof value === 'string') {
    return field === 'outboundChannelId' ? (names.channels?.get(value) ?? value) : value;
  }
  return JSON.stringify(value);
}
