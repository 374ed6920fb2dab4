import type { Channel } from './channel-schema';
import { entryKey } from '../lib/entry';

/**
 * What a channel still lacks before the Hub lets it be Active. The Hub answers 422 with this
 * list; the Update page shows the same list before saving.
 */
export function missingForActive(channel: Channel): string[] {
  switch (channel.type) {
    case 'Twitter:Account':
      return channel.authorization ? [] : ['Log in to Twitter with "Login to Twitter"'];
    case 'Facebook:Account':
      return channel.authorization ? [] : ['Log in to Facebook with "Login to Facebook"'];
    case 'Twitter:Service': {
      const missing: string[] = [];
      if (channel.keywords.length === 0 && channel.handles.length === 0) {
        missing.push('At least one keyword or Twitter handle to listen to');
      }
      if (!channel.allowAnyLanguage && channel.languages.length === 0) {
        missing.push('At least one language, or "Allow any language"');
      }
      return missing;
    }
    case 'Facebook:Service': {
      const missing: string[] = [];
      if (!channel.outboundChannelId)
        missing.push('An Outbound Channel (a Facebook:Account channel)');
      if (channel.pageIds.length === 0) missing.push('At least one of the Facebook Pages');
      return missing;
    }
  }
}

/** The guide's naming convention, offered as the Channel Name once a type is chosen. */
export function suggestChannelName(type: Channel['type'], company: string) {
  const handle = `@${company.replace(/[^A-Za-z0-9_]/g, '').slice(0, 15) || 'Handle'}`;
  switch (type) {
    case 'Twitter:Account':
      return `${handle} - Twitter Account`;
    case 'Twitter:Service':
      return `${handle} - Twitter Service`;
    case 'Facebook:Account':
      return `${company} - Facebook Account`;
    case 'Facebook:Service':
      return `${company} - Facebook Service`;
  }
}

/** Entry keys of the handles an account's Twitter:Account channels are authorized for. */
export function authorizedHandleKeys(channels: readonly Channel[]): Set<string> {
  return new Set(
    channels.flatMap((channel) =>
      channel.type === 'Twitter:Account' && channel.authorization
        ? [entryKey(channel.authorization.handle)]
        : [],
    ),
  );
}
