import type { SignupInput, TokenRequest } from './account-schema';
import { requestHub } from './client';
import { authRoutes } from './auth-routes';
import { clearSession, saveSession } from './session-store';

// Sign in, sign up and sign out: the public pages' calls, free of the query library. The
// signed-in identity (`meQueries`) is in account-api.ts.

export async function signUp(input: SignupInput) {
  const result = await requestHub(authRoutes.signUp, {
    body: input,
    anonymous: true,
  });
  saveSession(result.session, { account: result.account.name, email: result.user.email });
  return result;
}

export async function signIn(credentials: { account: string; email: string; password: string }) {
  const body: TokenRequest = credentials;
  const session = await requestHub(authRoutes.createToken, {
    body,
    anonymous: true,
  });
  saveSession(session, { account: credentials.account, email: credentials.email });
  return session;
}

/** Ends the session at the Hub; the local session is cleared even when the Hub cannot be reached. */
export async function signOut() {
  try {
    await requestHub(authRoutes.deleteToken, { timeoutMs: 5_000 });
  } finally {
    clearSession();
  }
}
