import type { SignupInput } from './account-schema';
import { accountRoutes } from './account-routes';
import { requestHub } from './client';
import { saveSession } from './session-store';

/** Creates the account and its first Admin, and signs that Admin in. */
export async function signUp(input: SignupInput) {
  const result = await requestHub(accountRoutes.signUp, {
    body: input,
    anonymous: true,
  });
  saveSession(result.session, { account: result.account.name, email: result.user.email });
  return result;
}
