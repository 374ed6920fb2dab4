import { z } from 'zod/mini';
import { accountSchema, meSchema, signupInputSchema, signupResultSchema } from './account-schema';
import { defineRoute } from './hub-route';

const accountQuerySchema = z.object({ reveal: z.optional(z.literal('apiKey')) });

/** The account: creating it with its first Admin, reading it, and the signed-in user. */
export const accountRoutes = {
  signUp: defineRoute({
    method: 'post',
    path: '/signup',
    summary:
      'Create an account and its first Admin; returns the account (with API key) and a session',
    auth: false,
    attemptLimited: true,
    body: signupInputSchema,
    success: { status: 201, schema: signupResultSchema },
    errors: [400, 409, 413, 415, 429, 500],
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
  rotateApiKey: defineRoute({
    method: 'post',
    path: '/account/api-key',
    summary:
      'Rotate the API key (Admin): answers the account with the new key in clear, once. The old key stops at once: POST /auth/token refuses it, and sessions opened with it end',
    auth: true,
    success: { status: 200, schema: accountSchema },
    errors: [401, 403, 429, 500],
  }),
};
