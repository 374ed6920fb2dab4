import { queryOptions } from '@tanstack/react-query';
import { requestHub, type ReadOptions } from './client';
import { accountRoutes } from './account-routes';

/** Who is signed in, to which account, with which role. */
export const meQueries = {
  all: () => ['me'] as const,
  current: () =>
    queryOptions({
      queryKey: meQueries.all(),
      queryFn: ({ signal }) => requestHub(accountRoutes.readMe, { signal }),
      staleTime: 60_000,
    }),
};

export const accountQueries = {
  all: () => ['account'] as const,
  detail: ({ reveal }: { reveal: boolean }, read?: ReadOptions) =>
    queryOptions({
      queryKey: [...accountQueries.all(), { reveal }],
      queryFn: ({ signal }) =>
        requestHub(accountRoutes.readAccount, {
          ...read,
          signal,
          query: reveal ? { reveal: 'apiKey' } : undefined,
        }),
      // A revealed key is kept no longer than the screen that asked for it.
      gcTime: reveal ? 0 : 5 * 60_000,
      // The masked account is read again whenever the window comes back into view: the key may
      // have been rotated meanwhile, in another window or by another Admin, and the page says so.
      // The clear key is read once per Reveal: the Hub records each read as a reveal.
      refetchOnWindowFocus: reveal ? false : 'always',
    }),
};

/** Rotates the API key (Admin): the answer holds the new key in clear, to show once. */
export function rotateApiKey() {
  return requestHub(accountRoutes.rotateApiKey);
}
