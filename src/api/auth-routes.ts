import {
  sessionSchema,
  signupInputSchema,
  signupResultSchema,
  tokenRequestSchema,
} from './account-schema';
import { defineRoute } from './hub-route';

/** Sign-up and sessions: what the public pages call. */
export const authRoutes = {
  signUp: defineRoute({
    method: 'post',
    path: '/signup',
    summary:
      'Create an account and its first Admin; returns the account (with API key) and a session',
    auth: false,
    body: signupInputSchema,
    success: { status: 201, schema: signupResultSchema },
    errors: [400, 409, 429, 500],
  }),
  createToken: defineRoute({
    method: 'post',
    path: '/auth/token',
    summary: 'A token valid 24 hours, from account name or API key, email and password',
    auth: false,
    body: tokenRequestSchema,
    success: { status: 201, schema: sessionSchema },
    errors: [400, 401, 429, 500],
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
