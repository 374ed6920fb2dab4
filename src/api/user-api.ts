import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { noContent, requestHub, type ReadOptions } from './client';
import { pageSchema } from './page-schema';
import { userSchema, type Role, type User, type UserInput, type UserUpdate } from './user-schema';

export type UserListParams = { q?: string; role?: Role; page: number; pageSize: number };

const userPageSchema = pageSchema(userSchema);

export const userQueries = {
  all: () => ['users'] as const,
  lists: () => [...userQueries.all(), 'list'] as const,
  list: (params: UserListParams, read?: ReadOptions) =>
    queryOptions({
      queryKey: [...userQueries.lists(), params],
      queryFn: ({ signal }) =>
        requestHub('/users', userPageSchema, { ...read, signal, query: params }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'detail', id],
      queryFn: ({ signal }) => requestHub(`/users/${id}`, userSchema, { signal }),
    }),
};

export function createUser(input: UserInput, idempotencyKey?: string) {
  return requestHub('/users', userSchema, { method: 'POST', body: input, idempotencyKey });
}

export function updateUser(user: Pick<User, 'id' | 'version'>, input: UserUpdate) {
  return requestHub(`/users/${user.id}`, userSchema, {
    method: 'PUT',
    body: input,
    ifMatch: user.version,
  });
}

export function deleteUser(id: string) {
  return requestHub(`/users/${id}`, noContent, { method: 'DELETE' });
}

export function setUserPassword(id: string, password: string) {
  return requestHub(`/users/${id}/password`, noContent, { method: 'POST', body: { password } });
}
