import type { FetchQueryOptions, QueryKey } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { ReadOptions } from '../api/client';
import type { Action } from '../api/permissions';

/**
 * Every page of the console, once: the router, the navigation and the build (chunk groups, the
 * preload script of index.html, the budgets) all read this list. Adding a page is adding an entry.
 *
 * Node reads this module too (the build and the budget check load it with tsx), so it imports
 * types only: all code is behind `import()`, which runs in the browser alone. Each module is
 * named once, in its `import()`: the build reads the path from there (scripts/route-modules.ts),
 * so no build-only path ships to the browser.
 */

/** The part of a URL a page's first request depends on. */
type RouteUrl = {
  params: Readonly<Record<string, string | undefined>>;
  search: URLSearchParams;
};

/** Starts a query: the loader's `prefetchQuery`, or the quiet read of a link on intent. */
type Prefetcher = <Data, Failure, Key extends QueryKey>(
  options: FetchQueryOptions<Data, Failure, Data, Key>,
) => Promise<void>;

type RoutePage = { load: () => Promise<ComponentType> };

export type RouteData = {
  load: () => Promise<unknown>;
  /** Starts the page's first request for a URL, read with `read` (links on intent read quietly). */
  prefetch: (url: RouteUrl, prefetcher: Prefetcher, read?: ReadOptions) => Promise<void>;
};

export type AppRoute = {
  /** The page's name, as the navigation, the budget check and the bench print it. */
  name: string;
  /** React Router's pattern, from the root. */
  path: string;
  /** Signed-in pages sit in the shell, behind the session check. */
  signedIn: boolean;
  page: RoutePage;
  /** The module that starts the page's first request, and how. */
  data?: RouteData;
  /** What a signed-in page shows needs this permission; its navigation entry shows to who has it. */
  permission?: Action;
  /** The page's entry in the shell's navigation. */
  nav?: { label: string };
  /** Where `/` leads. */
  home?: true;
  /** Budget of first-visit JavaScript, gzip, in KB (decision 0003). */
  maxKb: number;
};

/** Binds a data module to the page's first query, keeping the module's and the query's types. */
function dataOf<Module, Data, Failure, Key extends QueryKey>(data: {
  load: () => Promise<Module>;
  query: (
    module: Module,
    url: RouteUrl,
    read?: ReadOptions,
  ) => FetchQueryOptions<Data, Failure, Data, Key>;
}): RouteData {
  return {
    load: data.load,
    prefetch: async (url, prefetcher, read) => prefetcher(data.query(await data.load(), url, read)),
  };
}

/**
 * The shell, the session check and the query cache: they load with every signed-in page.
 * @public The chunk groups read it too, through vite.config.ts.
 */
export const signedInModules = [
  'src/app/signed-in-area.tsx',
  'src/app/session-check.ts',
  'src/app/query-client.ts',
];

export const appRoutes: AppRoute[] = [
  {
    name: 'Sign in',
    path: '/signin',
    signedIn: false,
    page: {
      load: async () => (await import('../features/auth/signin-page')).SignInPage,
    },
    maxKb: 125,
  },
  {
    name: 'Sign up',
    path: '/signup',
    signedIn: false,
    page: {
      load: async () => (await import('../features/signup/signup-page')).SignupPage,
    },
    maxKb: 190,
  },
  {
    name: 'My Channels',
    path: '/channels',
    signedIn: true,
    home: true,
    permission: 'channel:read',
    nav: { label: 'My Channels' },
    page: {
      load: async () => (await import('../features/channels/channels-page')).ChannelsPage,
    },
    data: dataOf({
      load: () => import('../features/channels/channel-list'),
      query: (list, { search }, read) => list.channelListQuery(search, read),
    }),
    maxKb: 190,
  },
  {
    // One chunk serves every channel type's page, Twitter:Service included.
    name: 'Update Channel',
    path: '/channels/:channelId',
    signedIn: true,
    permission: 'channel:read',
    page: {
      load: async () => (await import('../features/channels/channel-page')).ChannelPage,
    },
    data: dataOf({
      load: () => import('../api/channel-api'),
      query: (api, { params }, read) => api.channelQueries.detail(params.channelId ?? '', read),
    }),
    maxKb: 190,
  },
  {
    name: 'Connect DMS',
    path: '/channels/:channelId/connect',
    signedIn: true,
    permission: 'channel:read',
    page: {
      load: async () => (await import('../features/connection/connect-dms-page')).ConnectDmsPage,
    },
    maxKb: 190,
  },
  {
    name: 'Users',
    path: '/users',
    signedIn: true,
    permission: 'user:read',
    nav: { label: 'Users' },
    page: {
      load: async () => (await import('../features/users/users-page')).UsersPage,
    },
    data: dataOf({
      load: () => import('../features/users/user-list'),
      query: (list, { search }, read) => list.userListQuery(search, read),
    }),
    maxKb: 190,
  },
  {
    name: 'Account',
    path: '/account',
    signedIn: true,
    permission: 'account:read',
    nav: { label: 'Account' },
    page: {
      load: async () => (await import('../features/account/account-page')).AccountPage,
    },
    data: dataOf({
      load: () => import('../api/account-api'),
      query: (api, _url, read) => api.accountQueries.detail({ reveal: false }, read),
    }),
    maxKb: 190,
  },
  {
    name: 'Activity',
    path: '/activity',
    signedIn: true,
    permission: 'activity:read-channels',
    nav: { label: 'Activity' },
    page: {
      load: async () => (await import('../features/activity/activity-page')).ActivityPage,
    },
    data: dataOf({
      load: () => import('../features/activity/activity-params'),
      query: (params, { search }, read) => params.activityListQuery(search, read),
    }),
    maxKb: 190,
  },
];

/**
 * A regular expression source matching the route's URLs, for code that runs before the router
 * (index.html's preload script): each `:param` is one non-empty segment, a trailing slash is
 * allowed, and the home page also answers `/`.
 */
export function urlPattern(route: AppRoute): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = route.path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : escape(segment)))
    .join('/');
  return route.home ? `^(?:${pattern}/?|/)$` : `^${pattern}/?$`;
}
