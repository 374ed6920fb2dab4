import { lazy, Suspense, useState } from 'react';
import type { Channel } from '../../api/channel-schema';

// The New Channel form prefilled from a file or a channel loads on intent, not with the page.
export const loadNewChannelFromConfig = () => import('./new-channel-from-config');
const NewChannelFromConfigDialog = lazy(async () => ({
  default: (await loadNewChannelFromConfig()).NewChannelFromConfigDialog,
}));

/**
 * Duplicate: New Channel prefilled from a channel, under a new name. Any page that lists or shows
 * channels calls `duplicate(channel)` and renders `dialog`; `prepare` loads the code ahead of a
 * click.
 */
export function useDuplicateChannel() {
  const [source, setSource] = useState<Channel | null>(null);
  return {
    prepare: () => void loadNewChannelFromConfig(),
    duplicate: (channel: Channel) => setSource(channel),
    dialog: source ? (
      <Suspense fallback={null}>
        <NewChannelFromConfigDialog
          source={{ kind: 'duplicate', channel: source }}
          onClose={() => setSource(null)}
        />
      </Suspense>
    ) : null,
  };
}
