import { z } from 'zod/mini';
import { accountSchema, meSchema } from './account-schema';
import { defineRoute } from './hub-route';

const accountQuerySchema = z.object({ reveal: z.optional(z.literal('apiKey')) });

/** The signed-in user and the account. */
export const accountRoutes = {
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
