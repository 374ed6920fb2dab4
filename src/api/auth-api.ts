import type { TokenRequest } from './session-schema';
import { sessionRoutes } from './session-routes';
import { requestHub } from './client';
import { clearSession, saveSession } from './session-store';

// Sign in and sign out: the public pages' calls, free of the query library. The
// signed-in identity (`meQueries`) is in account-api.ts.

export async function signIn(credentials: { account: string; email: string; password: string }) {
  const body: TokenRequest = credentials;
  const session = await requestHub(sessionRoutes.createToken, {
    body,
    anonymous: true,
  });
  saveSession(session, { account: credentials.account, email: credentials.email });
  return session;
}

/** Ends the session at the Hub; the local session is cleared even when the Hub cannot be reached. */
export async function signOut() {
  try {
    await requestHub(sessionRoutes.deleteToken, { timeoutMs: 5_000 });
  } finally {
    clearSession();
  }
}
