import { z } from 'zod/mini';
import { ApiError } from './api-error';
import { errorBodySchema } from './error-schema';
import { getRuntimeConfig, whenHubReady } from './runtime-config';
import { getSession } from './session-store';

export const DEFAULT_TIMEOUT_MS = 15_000;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  ifMatch?: number;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Sign-in calls send no token and must never open the re-authentication dialog. */
  anonymous?: boolean;
  /** Calls made as someone else (the DMS connection check) carry their own token. */
  bearerToken?: string;
  /** One key per user action: the Hub applies a create once however often it is sent. */
  idempotencyKey?: string;
  /**
   * False for reads nobody asked for yet (a link was only hovered): an ended session makes them
   * fail quietly instead of opening the sign-in dialog; the visit itself will ask.
   */
  reauthenticate?: boolean;
};

/** What a query may pass on to its request. */
export type ReadOptions = Pick<RequestOptions, 'reauthenticate'>;

/** The longest Retry-After the console waits out by itself before retrying once. */
export const MAX_AUTOMATIC_WAIT_SECONDS = 10;

let onRateLimited: ((seconds: number) => void) | null = null;

/** The app says, once, that the Hub asked to wait and the console is retrying. */
export function setRateLimitNotifier(notify: ((seconds: number) => void) | null) {
  onRateLimited = notify;
}

type Reauthenticate = () => Promise<void>;
let reauthenticate: Reauthenticate | null = null;
let pendingReauthentication: Promise<void> | null = null;

/**
 * The app registers how to get a fresh session when the Hub answers 401 to a signed-in call
 * (it opens the sign-in dialog). Concurrent 401s wait for the same dialog.
 */
export function setReauthenticator(handler: Reauthenticate | null) {
  reauthenticate = handler;
}

const statusMessages: Record<number, string> = {
  400: 'The Hub refused the request as invalid.',
  401: 'Your session has ended. Sign in again.',
  403: 'You are not allowed to do this with your role.',
  404: 'This item no longer exists at the Hub.',
  409: 'This conflicts with something that already exists.',
  412: 'Someone else saved this item since you opened it.',
  422: 'The Hub could not accept these values.',
  428: 'The Hub needs the version of the item being saved.',
  429: 'The Hub is receiving too many requests.',
  500: 'The Hub had an internal error. Try again in a moment.',
};

function buildUrl(path: string, query: RequestOptions['query']) {
  const url = `${getRuntimeConfig().hubBaseUrl}${path}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function send(path: string, options: RequestOptions, token: string | undefined) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    if (timeout.aborted) {
      throw new ApiError({
        kind: 'timeout',
        message: `The Hub did not answer within ${Math.round(timeoutMs / 1000)} seconds. Check your connection and try again.`,
      });
    }
    throw new ApiError({
      kind: 'network',
      message: 'The Hub could not be reached. Check your connection and try again.',
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return Symbol.for('not-json');
  }
}

async function toHttpError(response: Response): Promise<ApiError> {
  const body = errorBodySchema.safeParse(await readJson(response));
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  let message = body.success ? body.data.error.message : statusMessages[response.status];
  message ??= `The Hub answered with an unexpected status (${response.status}).`;
  if (response.status === 429 && retryAfterSeconds) {
    message = `${message} Try again in ${retryAfterSeconds} seconds.`;
  }
  return new ApiError({
    kind: 'http',
    status: response.status,
    code: body.success ? body.data.error.code : `http-${response.status}`,
    message,
    fieldErrors: body.success ? body.data.error.fieldErrors : undefined,
    retryAfterSeconds,
  });
}

/**
 * Calls the Hub and parses the answer with `schema`. Every failure — network, timeout,
 * an error status or a body that does not fit the contract — becomes an ApiError.
 */
export async function requestHub<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  await whenHubReady();
  const token = options.bearerToken ?? (options.anonymous ? undefined : getSession()?.token);
  let response = await send(path, options, token);

  if (
    response.status === 401 &&
    token &&
    !options.bearerToken &&
    options.reauthenticate !== false &&
    reauthenticate
  ) {
    // A call that went out with a token already replaced only needs to be sent again.
    if (getSession()?.token === token) {
      pendingReauthentication ??= reauthenticate().finally(() => {
        pendingReauthentication = null;
      });
      try {
        await pendingReauthentication;
      } catch {
        throw await toHttpError(response);
      }
    }
    response = await send(path, options, getSession()?.token);
  }

  const retryAfter = Number(response.headers.get('Retry-After'));
  if (response.status === 429 && retryAfter > 0 && retryAfter <= MAX_AUTOMATIC_WAIT_SECONDS) {
    // The Hub refused before doing anything, so sending the same request again is safe.
    onRateLimited?.(retryAfter);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    response = await send(path, options, options.bearerToken ?? getSession()?.token);
  }

  if (!response.ok) throw await toHttpError(response);

  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      status: response.status,
      message:
        'The Hub sent an answer the console does not understand. Try again; if it persists, the Hub and the console may be at different versions.',
      detail: z.prettifyError(parsed.error),
    });
  }
  return parsed.data;
}

export const noContent = z.undefined();
