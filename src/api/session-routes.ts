import { defineRoute } from './hub-route';
import { sessionSchema, tokenRequestSchema } from './session-schema';

/** Sessions: signing in and out. */
export const sessionRoutes = {
  createToken: defineRoute({
    method: 'post',
    path: '/auth/token',
    summary: 'A token valid 24 hours, from account name or API key, email and password',
    auth: false,
    attemptLimited: true,
    body: tokenRequestSchema,
    success: { status: 201, schema: sessionSchema },
    errors: [400, 401, 413, 415, 429, 500],
  }),
  deleteToken: defineRoute({
    method: 'delete',
    path: '/auth/token',
    summary: 'Sign out: end the session of the token sent',
    auth: true,
    success: { status: 204, schema: null },
    errors: [429, 500],
  }),
};
