import { accountRoutes } from './account-routes';
import { activityRoutes } from './activity-routes';
import { channelRoutes } from './channel-routes';
import { errorBodySchema } from './error-schema';
import type { HubRoute } from './hub-route';
import { sessionRoutes } from './session-routes';
import { userRoutes } from './user-routes';

/**
 * The whole Hub API. Each resource keeps its routes in its own module, so a page's code loads
 * only the schemas of the calls it makes.
 */
const hubRoutes = {
  ...sessionRoutes,
  ...accountRoutes,
  ...channelRoutes,
  ...userRoutes,
  ...activityRoutes,
};

/** Every route, for the contract checks, the mock Hub's server and the OpenAPI document. */
export const allHubRoutes: readonly HubRoute[] = Object.values(hubRoutes);
const patterns = new Map(
  allHubRoutes.map((route) => [
    route,
    new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  ]),
);

/** The routes of a concrete path (`/channels/5af1…`), one per method. */
export function routesAt(path: string): HubRoute[] {
  return allHubRoutes.filter((route) => patterns.get(route)?.test(path));
}

/** The route a method and a concrete path belong to. */
export function findRoute(method: string, path: string): HubRoute | undefined {
  return routesAt(path).find((route) => route.method === method.toLowerCase());
}

export { errorBodySchema };
