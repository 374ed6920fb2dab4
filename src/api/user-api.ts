import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { requestHub, type ReadOptions } from './client';
import { userRoutes } from './user-routes';
import type { User, UserInput, UserListQuery, UserUpdate } from './user-schema';

export const userQueries = {
  all: () => ['users'] as const,
  lists: () => [...userQueries.all(), 'list'] as const,
  list: (params: UserListQuery, read?: ReadOptions) =>
    queryOptions({
      queryKey: [...userQueries.lists(), params],
      queryFn: ({ signal }) => requestHub(userRoutes.listUsers, { ...read, signal, query: params }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'detail', id],
      queryFn: ({ signal }) => requestHub(userRoutes.getUser, { signal, params: { id } }),
    }),
};

export function createUser(input: UserInput, idempotencyKey?: string) {
  return requestHub(userRoutes.createUser, { body: input, idempotencyKey });
}

export function updateUser(user: Pick<User, 'id' | 'version'>, input: UserUpdate) {
  return requestHub(userRoutes.updateUser, {
    params: { id: user.id },
    body: input,
    ifMatch: user.version,
  });
}

export function deleteUser(id: string) {
  return requestHub(userRoutes.deleteUser, { params: { id } });
}

export function setUserPassword(id: string, password: string) {
  return requestHub(userRoutes.setUserPassword, { params: { id }, body: { password } });
}
