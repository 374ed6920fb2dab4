import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, describeError } from '../api/api-error';
import { showToast } from '../components/ui/toaster';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    mutationMeta: {
      /** The form shows this mutation's errors itself (on its fields); no toast. */
      errorsShownByForm?: boolean;
    };
  }
}

/** Client errors will fail again the same way; only transient failures are retried. */
function shouldRetry(failureCount: number, error: unknown) {
  if (!(error instanceof ApiError)) return false;
  const transient =
    error.kind === 'network' || error.kind === 'timeout' || (error.status ?? 0) >= 500;
  return transient && failureCount < 2;
}

/**
 * The console's one error policy. 401 is handled in the client (the sign-in dialog);
 * 403 says "not allowed" and never signs out; other failures go to the screen that asked,
 * or to a toast for actions whose form does not show them.
 */
export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError(error) {
        if (error.status === 403) showToast(error.message, 'error');
      },
    }),
    mutationCache: new MutationCache({
      onError(error, _variables, _context, mutation) {
        if (mutation.meta?.errorsShownByForm) return;
        showToast(describeError(error), 'error');
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}

/** The console's one cache, shared by route loaders and components. */
export const queryClient = createQueryClient();
