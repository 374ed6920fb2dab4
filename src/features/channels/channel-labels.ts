import type { ChannelListParams } from '../../api/channel-schema';

export const sortOptions: { value: ChannelListParams['sort']; label: string }[] = [
  { value: 'name', label: 'Name, A to Z' },
  { value: '-name', label: 'Name, Z to A' },
  { value: '-updatedAt', label: 'Last updated, newest first' },
  { value: 'updatedAt', label: 'Last updated, oldest first' },
  { value: 'type', label: 'Channel Type' },
];
