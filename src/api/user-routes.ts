import { defineRoute } from './hub-route';
import { pageSchema } from './page-schema';
import {
  passwordBodySchema,
  userInputSchema,
  userListParamsSchema,
  userSchema,
  userUpdateSchema,
} from './user-schema';

export const userRoutes = {
  listUsers: defineRoute({
    method: 'get',
    path: '/users',
    summary: 'Users of the account, searched, filtered by role, sorted and paged',
    auth: true,
    query: userListParamsSchema,
    success: { status: 200, schema: pageSchema(userSchema) },
    errors: [400, 401, 429, 500],
  }),
  createUser: defineRoute({
    method: 'post',
    path: '/users',
    summary: 'Add a user, with no password yet',
    auth: true,
    idempotent: true,
    body: userInputSchema,
    success: { status: 201, schema: userSchema },
    errors: [400, 401, 403, 409, 413, 415, 422, 429, 500],
  }),
  getUser: defineRoute({
    method: 'get',
    path: '/users/{id}',
    summary: 'Read a user, with its version',
    auth: true,
    success: { status: 200, schema: userSchema },
    errors: [401, 404, 429, 500],
  }),
  updateUser: defineRoute({
    method: 'put',
    path: '/users/{id}',
    summary: "Replace a user's names and roles",
    auth: true,
    ifMatch: true,
    body: userUpdateSchema,
    success: { status: 200, schema: userSchema },
    errors: [400, 401, 403, 404, 412, 413, 415, 422, 428, 429, 500],
  }),
  deleteUser: defineRoute({
    method: 'delete',
    path: '/users/{id}',
    summary: 'Delete a user (not yourself, not the last Admin)',
    auth: true,
    success: { status: 204, schema: null },
    errors: [401, 403, 404, 422, 429, 500],
  }),
  setUserPassword: defineRoute({
    method: 'post',
    path: '/users/{id}/password',
    summary: "Set a user's password; the Hub checks it against the password policy",
    auth: true,
    body: passwordBodySchema,
    success: { status: 204, schema: null },
    errors: [400, 401, 403, 404, 413, 415, 429, 500],
  }),
};
