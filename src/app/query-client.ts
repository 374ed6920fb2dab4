import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, describeError } from '../api/api-error';
import { showToast } from '../components/ui/toaster';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
    mutationMeta: {
      /** True for the failures the form shows itself (on its fields or above them): no toast. */
      shownByForm?: (error: ApiError) => boolean;
    };
  }
}

/** How often a query tries again after a transient failure (decision 0005). */
const QUERY_RETRIES = 2;

/**
 * Only transient failures are retried: the network, a timeout and the Hub's 5xx. Every other
 * answer (400, 401, 403, 404, 409, 412, 422, a body that does not fit) would fail again the same
 * way, and a 429 has already been waited out once by the client, so a retry would only add load.
 */
export function shouldRetryQuery(failureCount: number, error: unknown) {
  if (!(error instanceof ApiError)) return false;
  const transient =
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    (error.kind === 'http' && (error.status ?? 0) >= 500);
  return transient && failureCount < QUERY_RETRIES;
}

/** A failure nobody shows: the Hub's own words, or for a bug in the console a general message. */
function reportUnshown(error: unknown) {
  // A bug is logged for developers as well as said to the user; it is never silent.
  if (!(error instanceof ApiError)) console.error(error);
  showToast(describeError(error), 'error');
}

/**
 * The console's one error policy. 401 is handled in the client (the sign-in dialog);
 * 403 says "not allowed" and never signs out; other failures go to the screen that asked,
 * or to a toast for the ones no form shows (no form, a closed form, a bug).
 */
export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError(error) {
        if (!(error instanceof ApiError)) console.error(error);
        else if (error.status === 403) showToast(error.message, 'error');
      },
    }),
    mutationCache: new MutationCache({
      onError(error, _variables, _context, mutation) {
        if (error instanceof ApiError && mutation.meta?.shownByForm?.(error)) return;
        reportUnshown(error);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetryQuery },
      mutations: { retry: false },
    },
  });
}

/** The console's one cache, shared by route loaders and components. */
export const queryClient = createQueryClient();
