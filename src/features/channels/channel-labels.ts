import type { ChannelListParams } from '../../api/channel-schema';

export const sortOptions: { value: ChannelListParams['sort']; label: string }[] = [
  { value: 'name', label: 'Name, A to Z' },
  { value: '-name', label: 'Name, Z to A' },
  { value: '-updatedAt', label: 'Last updated, newest first' },
  { value: 'updatedAt', label: 'Last updated, oldest first' },
  { value: 'type', label: 'Channel Type' },
];

/**
 * A Hub ID as a list shows it: its start and end, enough to tell IDs apart at a glance; the copy
 * button next to it copies the whole ID, and its tooltip shows it.
 */
export function shortId(id: string) {
  return id.length > 12 ? `${id.slice(0, 6)}…${id.slice(-4)}` : id;
}
