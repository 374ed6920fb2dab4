import { z } from 'zod/mini';
import {
  accountSchema,
  meSchema,
  sessionSchema,
  signupInputSchema,
  signupResultSchema,
  tokenRequestSchema,
} from './account-schema';
import {
  authorizationStartSchema,
  channelListParamsSchema,
  channelPageSchema,
  channelSchema,
  channelUpdateSchema,
  facebookPagesSchema,
  newChannelInputSchema,
} from './channel-schema';
import { errorBodySchema } from './error-schema';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../lib/password-policy';
import { pageSchema } from './page-schema';
import { roleSchema, userInputSchema, userSchema, userUpdateSchema } from './user-schema';

/** One operation of the Hub API: what it takes and what it answers. */
export type HubRoute = {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI form: `/channels/{id}`. */
  path: string;
  summary: string;
  auth: boolean;
  ifMatch?: boolean;
  /** Accepts an Idempotency-Key header: a repeated create is applied once. */
  idempotent?: boolean;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** The success status and its body schema (null for no body). */
  success: { status: number; schema: z.ZodMiniType | null };
  errors: number[];
};

const userListParamsSchema = z.object({
  q: z.optional(z.string()),
  role: z.optional(roleSchema),
  page: z.optional(z.coerce.number()),
  pageSize: z.optional(z.coerce.number()),
});
const accountQuerySchema = z.object({ reveal: z.optional(z.literal('apiKey')) });
const passwordBodySchema = z.object({ password: z.string() });

export const hubRoutes: HubRoute[] = [
  {
    method: 'post',
    path: '/signup',
    summary:
      'Create an account and its first Admin; returns the account (with API key) and a session',
    auth: false,
    body: signupInputSchema,
    success: { status: 201, schema: signupResultSchema },
    errors: [400, 409, 429, 500],
  },
  {
    method: 'post',
    path: '/auth/token',
    summary: 'A token valid 24 hours, from account name or API key, email and password',
    auth: false,
    body: tokenRequestSchema,
    success: { status: 201, schema: sessionSchema },
    errors: [400, 401, 429, 500],
  },
  {
    method: 'delete',
    path: '/auth/token',
    summary: 'Sign out: end the session of the token sent',
    auth: true,
    success: { status: 204, schema: null },
    errors: [429, 500],
  },
  {
    method: 'get',
    path: '/me',
    summary: 'The signed-in user, their role and account name',
    auth: true,
    success: { status: 200, schema: meSchema },
    errors: [401, 429, 500],
  },
  {
    method: 'get',
    path: '/account',
    summary: 'The account; the API key is masked unless an Admin asks reveal=apiKey',
    auth: true,
    query: accountQuerySchema,
    success: { status: 200, schema: accountSchema },
    errors: [401, 403, 429, 500],
  },
  {
    method: 'get',
    path: '/channels',
    summary: 'Channels of the account, searched, filtered, sorted and paged',
    auth: true,
    query: channelListParamsSchema,
    success: { status: 200, schema: channelPageSchema },
    errors: [400, 401, 429, 500],
  },
  {
    method: 'post',
    path: '/channels',
    summary: 'Create a channel: Suspended, not in production, with its type defaults',
    auth: true,
    idempotent: true,
    body: newChannelInputSchema,
    success: { status: 201, schema: channelSchema },
    errors: [400, 401, 403, 409, 429, 500],
  },
  {
    method: 'get',
    path: '/channels/{id}',
    summary: 'Read a channel',
    auth: true,
    success: { status: 200, schema: channelSchema },
    errors: [401, 404, 429, 500],
  },
  {
    method: 'put',
    path: '/channels/{id}',
    summary: 'Replace what can be edited of a channel (422 lists what Active lacks)',
    auth: true,
    ifMatch: true,
    body: channelUpdateSchema,
    success: { status: 200, schema: channelSchema },
    errors: [400, 401, 403, 404, 409, 412, 422, 428, 429, 500],
  },
  {
    method: 'delete',
    path: '/channels/{id}',
    summary: 'Delete a channel',
    auth: true,
    success: { status: 204, schema: null },
    errors: [401, 403, 404, 429, 500],
  },
  {
    method: 'post',
    path: '/channels/{id}/authorization',
    summary: 'Start the provider login of an Account channel',
    auth: true,
    success: { status: 200, schema: authorizationStartSchema },
    errors: [401, 403, 404, 422, 429, 500],
  },
  {
    method: 'get',
    path: '/channels/{id}/facebook-pages',
    summary: 'The pages granted to a Facebook:Account channel',
    auth: true,
    success: { status: 200, schema: facebookPagesSchema },
    errors: [401, 404, 422, 429, 500],
  },
  {
    method: 'get',
    path: '/users',
    summary: 'Users of the account, searched, filtered by role and paged',
    auth: true,
    query: userListParamsSchema,
    success: { status: 200, schema: pageSchema(userSchema) },
    errors: [400, 401, 429, 500],
  },
  {
    method: 'post',
    path: '/users',
    summary: 'Add a user, with no password yet',
    auth: true,
    idempotent: true,
    body: userInputSchema,
    success: { status: 201, schema: userSchema },
    errors: [400, 401, 403, 409, 429, 500],
  },
  {
    method: 'get',
    path: '/users/{id}',
    summary: 'Read a user, with its version',
    auth: true,
    success: { status: 200, schema: userSchema },
    errors: [401, 404, 429, 500],
  },
  {
    method: 'put',
    path: '/users/{id}',
    summary: "Replace a user's names and roles",
    auth: true,
    ifMatch: true,
    body: userUpdateSchema,
    success: { status: 200, schema: userSchema },
    errors: [400, 401, 403, 404, 412, 422, 428, 429, 500],
  },
  {
    method: 'delete',
    path: '/users/{id}',
    summary: 'Delete a user (not yourself, not the last Admin)',
    auth: true,
    success: { status: 204, schema: null },
    errors: [401, 403, 404, 422, 429, 500],
  },
  {
    method: 'post',
    path: '/users/{id}/password',
    summary: `Set a user's password (${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not the email, not common)`,
    auth: true,
    body: passwordBodySchema,
    success: { status: 204, schema: null },
    errors: [400, 401, 403, 404, 429, 500],
  },
];

/** The route a method and a concrete path (`/channels/5af1…`) belong to. */
export function findRoute(method: string, path: string): HubRoute | undefined {
  return hubRoutes.find((route) => {
    if (route.method !== method.toLowerCase()) return false;
    const pattern = new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return pattern.test(path);
  });
}

export { errorBodySchema };
