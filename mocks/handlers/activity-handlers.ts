import { HttpResponse } from 'msw';
import { activityRoutes } from '../../src/api/activity-routes';
import { can } from '../../src/api/permissions';
import { authenticate, authorize, on, readQuery } from '../hub-http';
import type { MockHub } from '../mock-hub';

export function createActivityHandlers(hub: MockHub) {
  return [
    on(activityRoutes.listActivity, ({ request }) => {
      const caller = authenticate(hub, request);
      authorize(caller, 'activity:read-channels');
      const { page, pageSize, ...filters } = readQuery(request, activityRoutes.listActivity.query);
      // Who may read only channel events and asks for others is refused; who asks for no
      // resource in particular gets the events they may read.
      const readsAll = can(caller.user, 'activity:read-all');
      if (filters.resource && filters.resource !== 'channel') {
        authorize(caller, 'activity:read-all');
      }
      return HttpResponse.json(
        hub.events.list(
          caller.account.id,
          { ...filters, resource: readsAll ? filters.resource : 'channel' },
          { page, pageSize },
        ),
      );
    }),
  ];
}
