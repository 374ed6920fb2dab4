import { activityEventSchema, activityListParamsSchema } from './activity-schema';
import { defineRoute } from './hub-route';
import { pageSchema } from './page-schema';

/** The change history (SPEC §10). */
export const activityRoutes = {
  listActivity: defineRoute({
    method: 'get',
    path: '/activity',
    summary:
      'Change history of the account, newest first, filtered and paged. Admin and Support read every event; a Viewer reads channel events only: without `resource` a Viewer gets the channel events, and asking for user or account events answers 403',
    auth: true,
    query: activityListParamsSchema,
    success: { status: 200, schema: pageSchema(activityEventSchema) },
    errors: [400, 401, 403, 429, 500],
  }),
};
