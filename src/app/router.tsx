import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  redirect,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { getSession } from '../api/session-store';
import { RouteError } from './route-error';

type Prefetch = (queryClient: QueryClient, args: LoaderFunctionArgs) => unknown;

/**
 * A loader that starts a page's first request. It is defined on the route, not in the page's
 * lazy module, so the router runs it while the page's code is still loading: the request goes
 * out beside the session check, not after the page has rendered.
 */
function prefetching(load: () => Promise<Prefetch>) {
  return async (args: LoaderFunctionArgs) => {
    if (!getSession()) return null;
    const [prefetch, { queryClient }] = await Promise.all([load(), import('./query-client')]);
    // Not awaited: the page shows at once and its data arrives into it.
    void prefetch(queryClient, args);
    return null;
  };
}

const searchOf = ({ request }: LoaderFunctionArgs) => new URL(request.url).searchParams;

/** Every page is its own chunk, loaded when first visited (or hovered, see the shell). */
const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    // Looks like index.html's placeholder, so that nothing moves when one replaces the other.
    hydrateFallbackElement: (
      <p role="status" className="boot">
        Loading the console…
      </p>
    ),
    children: [
      {
        path: '/signin',
        lazy: async () => ({
          Component: (await import('../features/auth/signin-page')).SignInPage,
        }),
      },
      {
        path: '/signup',
        lazy: async () => ({
          Component: (await import('../features/signup/signup-page')).SignupPage,
        }),
      },
      {
        path: '/',
        loader: async (args) => (await import('./session-check')).checkSession(args),
        lazy: () => import('./signed-in-area'),
        children: [
          { index: true, loader: () => redirect('/channels') },
          {
            path: 'channels',
            loader: prefetching(async () => {
              const { prefetchChannels } = await import('../features/channels/channel-list');
              return (client, args) => prefetchChannels(client, searchOf(args));
            }),
            lazy: async () => ({
              Component: (await import('../features/channels/channels-page')).ChannelsPage,
            }),
          },
          {
            path: 'channels/:channelId',
            loader: prefetching(async () => {
              const { channelQueries } = await import('../api/channel-api');
              return (client, { params }) =>
                client.prefetchQuery(channelQueries.detail(params.channelId ?? ''));
            }),
            lazy: async () => ({
              Component: (await import('../features/channels/channel-page')).ChannelPage,
            }),
          },
          {
            path: 'channels/:channelId/connect',
            lazy: async () => ({
              Component: (await import('../features/connection/connect-dms-page')).ConnectDmsPage,
            }),
          },
          {
            path: 'users',
            loader: prefetching(async () => {
              const { prefetchUsers } = await import('../features/users/user-list');
              return (client, args) => prefetchUsers(client, searchOf(args));
            }),
            lazy: async () => ({
              Component: (await import('../features/users/users-page')).UsersPage,
            }),
          },
          {
            path: 'account',
            loader: prefetching(async () => {
              const { accountQueries } = await import('../api/account-api');
              return (client) => client.prefetchQuery(accountQueries.detail({ reveal: false }));
            }),
            lazy: async () => ({
              Component: (await import('../features/account/account-page')).AccountPage,
            }),
          },
        ],
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
