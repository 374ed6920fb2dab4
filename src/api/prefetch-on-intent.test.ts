import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { prefetchOnIntent } from './prefetch-on-intent';

const ended = () => new ApiError({ kind: 'http', status: 401, message: 'Your session has ended.' });

it('leaves no 401 behind: the next one to show the query asks again', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const queryFn = vi.fn().mockRejectedValueOnce(ended()).mockResolvedValueOnce('the list');
  await prefetchOnIntent(client, { queryKey: ['list'], queryFn });
  expect(client.getQueryState(['list'])).toMatchObject({ status: 'pending', error: null });

  expect(await client.fetchQuery({ queryKey: ['list'], queryFn })).toBe('the list');
  expect(queryFn).toHaveBeenCalledTimes(2);
});

it('has a page that opened meanwhile ask again at once', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const queryFn = vi.fn().mockRejectedValueOnce(ended()).mockResolvedValue('the list');
  const prefetched = prefetchOnIntent(client, { queryKey: ['list'], queryFn });
  // The visit's page subscribes while the read made on hover is still out.
  const page = new QueryObserver(client, { queryKey: ['list'], queryFn });
  const unsubscribe = page.subscribe(() => undefined);
  await prefetched;
  await vi.waitFor(() => expect(page.getCurrentResult().data).toBe('the list'));
  expect(queryFn).toHaveBeenCalledTimes(2);
  unsubscribe();
});

it('keeps other failures, which the page shows as they are', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const failure = new ApiError({ kind: 'http', status: 500, message: 'Internal error' });
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one query, one fixed failure
  await prefetchOnIntent(client, { queryKey: ['list'], queryFn: () => Promise.reject(failure) });
  expect(client.getQueryState(['list'])).toMatchObject({ status: 'error', error: failure });
});

it('resets only the query it read', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['list', 'page 2'], 'the second page');
  client.setQueryData(['other'], 'other data');
  await prefetchOnIntent(client, { queryKey: ['list'], queryFn: () => Promise.reject(ended()) });
  expect(client.getQueryData(['list', 'page 2'])).toBe('the second page');
  expect(client.getQueryData(['other'])).toBe('other data');
});
