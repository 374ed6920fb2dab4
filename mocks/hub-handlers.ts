import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { routesAt } from '../src/api/routes';
import { createActivityHandlers } from './handlers/activity-handlers';
import { createAuthHandlers } from './handlers/auth-handlers';
import { createChannelHandlers } from './handlers/channel-handlers';
import { createScenarioHandlers } from './handlers/scenario-handlers';
import { createUserHandlers } from './handlers/user-handlers';
import { errorResponse, HUB } from './hub-http';
import type { MockHub } from './mock-hub';

/**
 * What no route handler takes: HEAD answers as GET would, without the body; a path of the API
 * with another method gets 405 and `Allow`; anything else 404.
 */
function createFallbackHandlers(routeHandlers: RequestHandler[]) {
  return [
    http.all(`${HUB}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.slice(url.pathname.indexOf('/api/v2.0') + '/api/v2.0'.length);
      const methods = routesAt(path).map((route) => route.method.toUpperCase());
      if (request.method === 'HEAD' && methods.includes('GET')) {
        const answer = await getResponse(
          routeHandlers,
          new Request(request.url, { method: 'GET', headers: request.headers }),
        );
        if (answer)
          return new HttpResponse(null, { status: answer.status, headers: answer.headers });
      }
      if (methods.length > 0) {
        const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', ');
        return errorResponse(405, 'method-not-allowed', `${path} takes ${allow}.`, undefined, {
          Allow: allow,
        });
      }
      return errorResponse(404, 'not-found', 'No such route.');
    }),
  ];
}

/**
 * The mock Hub's handlers, in order: scenarios first, then one group per resource, then what
 * no route takes.
 */
export function createHubHandlers(hub: MockHub) {
  const routeHandlers = [
    ...createAuthHandlers(hub),
    ...createUserHandlers(hub),
    ...createChannelHandlers(hub),
    ...createActivityHandlers(hub),
  ];
  return [
    ...createScenarioHandlers(hub),
    ...routeHandlers,
    ...createFallbackHandlers(routeHandlers),
  ];
}
