import { ApiError } from './api-error';
import { requestHub } from './client';
import { can } from './permissions';
import { accountRoutes } from './account-routes';
import { sessionRoutes } from './session-routes';
import { channelRoutes } from './channel-routes';

export type CheckStep = { label: string; outcome: 'pass' | 'fail' | 'not run'; detail: string };

function failure(error: unknown, reasons: Partial<Record<number, string>>) {
  if (error instanceof ApiError && error.status !== undefined && reasons[error.status]) {
    return reasons[error.status]!;
  }
  if (error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout')) {
    return `The Hub could not be reached: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Does what the DMS driver does at start: a token from the API key, email and password, then a
 * read of its channel with that token. Each step says pass or fail and why.
 */
export async function checkDmsConnection(input: {
  apiKey: string;
  email: string;
  password: string;
  channelId: string;
}): Promise<CheckStep[]> {
  const steps: CheckStep[] = [
    { label: 'Get a token with the API key, email and password', outcome: 'not run', detail: '' },
    { label: 'The user is an Admin of the account', outcome: 'not run', detail: '' },
    { label: 'Read the channel with that token', outcome: 'not run', detail: '' },
  ];
  const [tokenStep] = steps as [CheckStep];
  let token: string;
  try {
    const session = await requestHub(sessionRoutes.createToken, {
      anonymous: true,
      body: { apiKey: input.apiKey, email: input.email, password: input.password },
    });
    token = session.token;
    Object.assign(tokenStep, { outcome: 'pass', detail: 'The Hub issued a token.' });
  } catch (error) {
    Object.assign(tokenStep, {
      outcome: 'fail',
      detail: failure(error, {
        401: 'The Hub refused the password for this user (or the user has no password yet).',
      }),
    });
    return steps;
  }
  try {
    return await checkWithToken(token, input.channelId, steps);
  } finally {
    // The check's own session is not left open at the Hub.
    await requestHub(sessionRoutes.deleteToken, { bearerToken: token }).catch(() => undefined);
  }
}

async function checkWithToken(token: string, channelId: string, steps: CheckStep[]) {
  const [, adminStep, channelStep] = steps as [CheckStep, CheckStep, CheckStep];
  try {
    const me = await requestHub(accountRoutes.readMe, { bearerToken: token });
    const mayConnect = can(me.user, 'dms:connect');
    Object.assign(adminStep, {
      outcome: mayConnect ? 'pass' : 'fail',
      detail: mayConnect
        ? `${me.user.email} is an Admin.`
        : `${me.user.email} is ${me.role}; DMS must sign in as an Admin user.`,
    });
    if (!mayConnect) return steps;
  } catch (error) {
    Object.assign(adminStep, { outcome: 'fail', detail: failure(error, {}) });
    return steps;
  }
  try {
    const channel = await requestHub(channelRoutes.readChannel, {
      params: { id: channelId },
      bearerToken: token,
    });
    Object.assign(channelStep, { outcome: 'pass', detail: `Read “${channel.name}”.` });
  } catch (error) {
    Object.assign(channelStep, {
      outcome: 'fail',
      detail: failure(error, { 404: 'The channel no longer exists at the Hub: it was deleted.' }),
    });
  }
  return steps;
}
