import { redirect, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../api/api-error';
import { meQueries } from '../api/account-api';
import { clearSession, getSession } from '../api/session-store';
import { queryClient } from './query-client';

function signInRedirect(request: Request) {
  const url = new URL(request.url);
  return redirect(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The signed-in area needs a session the Hub still accepts; otherwise, sign in first. */
export async function checkSession({ request }: LoaderFunctionArgs) {
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
