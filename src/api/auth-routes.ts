import { z } from 'zod/mini';
import {
  accountSchema,
  meSchema,
  sessionSchema,
  signupInputSchema,
  signupResultSchema,
  tokenRequestSchema,
} from './account-schema';
import { defineRoute } from './hub-route';

const accountQuerySchema = z.object({ reveal: z.optional(z.literal('apiKey')) });

/** Sign-up, sessions, the signed-in user and the account. */
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
  readMe: defineRoute({
    method: 'get',
    path: '/me',
    summary: 'The signed-in user, their role and account name',
    auth: true,
    success: { status: 200, schema: meSchema },
    errors: [401, 429, 500],
  }),
  readAccount: defineRoute({
    method: 'get',
    path: '/account',
    summary: 'The account; the API key is masked unless an Admin asks reveal=apiKey',
    auth: true,
    query: accountQuerySchema,
    success: { status: 200, schema: accountSchema },
    errors: [401, 403, 429, 500],
  }),
};
