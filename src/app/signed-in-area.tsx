import { QueryClientProvider } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../api/api-error';
import { meQueries } from '../api/auth-api';
import { clearSession, getSession } from '../api/session-store';
import { queryClient } from './query-client';
import { Shell } from './shell';

// The query cache and the shell load with the first signed-in page, so the sign-in and
// sign-up pages carry neither.

function signInRedirect(request: Request) {
  const url = new URL(request.url);
  return redirect(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The signed-in area needs a session the Hub still accepts; otherwise, sign in first. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!getSession()) throw signInRedirect(request);
  try {
    await queryClient.ensureQueryData(meQueries.current());
  } catch (error) {
    if (isApiError(error, 401)) {
      clearSession();
      queryClient.clear();
      throw signInRedirect(request);
    }
    throw error;
  }
  return null;
}

export function Component() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
