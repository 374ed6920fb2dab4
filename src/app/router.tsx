import {
  createBrowserRouter,
  redirect,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { getSession } from '../api/session-store';
import { appRoutes, type AppRoute, type RouteData } from './route-manifest';
import { RouteError } from './route-error';

/**
 * A loader that starts a page's first request. It is defined on the route, not in the page's
 * lazy module, so the router runs it while the page's code is still loading: the request goes
 * out beside the session check, not after the page has rendered.
 */
function prefetching(data: RouteData) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    if (!getSession()) return null;
    const url = { params, search: new URL(request.url).searchParams };
    // Both modules load at once; `prefetch` then finds its module loaded.
    const [{ queryClient }] = await Promise.all([import('./query-client'), data.load()]);
    // Not awaited: the page shows at once and its data arrives into it.
    void data.prefetch(url, (options) => queryClient.prefetchQuery(options));
    return null;
  };
}

/** Every page is its own chunk, loaded when first visited (or hovered, see the shell). */
function routeObject(route: AppRoute, path: string): RouteObject {
  return {
    path,
    ...(route.data ? { loader: prefetching(route.data) } : {}),
    lazy: async () => ({ Component: await route.page.load() }),
  };
}

const home = appRoutes.find((route) => route.home);

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
      ...appRoutes
        .filter((route) => !route.signedIn)
        .map((route) => routeObject(route, route.path)),
      {
        path: '/',
        loader: async (args) => (await import('./session-check')).checkSession(args),
        lazy: () => import('./signed-in-area'),
        children: [
          ...(home ? [{ index: true, loader: () => redirect(home.path) }] : []),
          ...appRoutes
            .filter((route) => route.signedIn)
            .map((route) => routeObject(route, route.path.slice(1))),
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
