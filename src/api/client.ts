import { z } from 'zod/mini';
import { ApiError, formatSeconds } from './api-error';
import { errorBodySchema, type ErrorBody } from './error-schema';
import type { HubRoute } from './hub-route';
import { getRuntimeConfig, whenHubReady } from './runtime-config';
import { getSession } from './session-store';

const DEFAULT_TIMEOUT_MS = 15_000;

/** The answer of a route without a body (204). */
const noContent = z.undefined();

/** What every call may set, whatever its route. */
type CallOptions = {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Sign-in calls send no token and must never open the re-authentication dialog. */
  anonymous?: boolean;
  /** Calls made as someone else (the DMS connection check) carry their own token. */
  bearerToken?: string;
  /**
   * False for reads nobody asked for yet (a link was only hovered): an ended session makes them
   * fail quietly instead of opening the sign-in dialog; the visit itself will ask.
   */
  reauthenticate?: boolean;
};

type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

// What a route asks of its caller, read from its entry in the route table: the path's
// parameters, the query and body its schemas accept, If-Match and Idempotency-Key where taken.
type ParamsOption<Route extends HubRoute> = [ParamNames<Route['path']>] extends [never]
  ? { params?: never }
  : { params: Record<ParamNames<Route['path']>, string> };
type QueryOption<Route extends HubRoute> = Route extends {
  query: infer Query extends z.ZodMiniType;
}
  ? { query?: Partial<z.output<Query>> }
  : { query?: never };
type BodyOption<Route extends HubRoute> = Route extends { body: infer Body extends z.ZodMiniType }
  ? { body: z.input<Body> }
  : { body?: never };
type IfMatchOption<Route extends HubRoute> = Route extends { ifMatch: true }
  ? { ifMatch: number }
  : { ifMatch?: never };
type IdempotencyOption<Route extends HubRoute> = Route extends { idempotent: true }
  ? {
      /** One key per user action: the Hub applies a create once however often it is sent. */
      idempotencyKey?: string;
    }
  : { idempotencyKey?: never };

export type RequestOptions<Route extends HubRoute> = CallOptions &
  ParamsOption<Route> &
  QueryOption<Route> &
  BodyOption<Route> &
  IfMatchOption<Route> &
  IdempotencyOption<Route>;

/** What a route answers on success, parsed by its schema; undefined for no content. */
export type HubResponse<Route extends HubRoute> = Route['success']['schema'] extends z.ZodMiniType
  ? z.output<Route['success']['schema']>
  : undefined;

/** The options as the sending code reads them, whatever the route. */
type SendOptions = CallOptions & {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  ifMatch?: number;
  idempotencyKey?: string;
};

/** What a query may pass on to its request. */
export type ReadOptions = Pick<CallOptions, 'reauthenticate'>;

/** The longest Retry-After the console waits out by itself before retrying once. */
const MAX_AUTOMATIC_WAIT_SECONDS = 10;

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
  413: 'This is more than the Hub accepts in one request. Shorten it and try again.',
  422: 'The Hub could not accept these values.',
  428: 'The Hub needs the version of the item being saved.',
  429: 'The Hub is receiving too many requests.',
  500: 'The Hub had an internal error. Try again in a moment.',
};

function buildUrl(route: HubRoute, options: SendOptions) {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(options.params?.[name] ?? ''),
  );
  const url = `${getRuntimeConfig().hubBaseUrl}${path}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

/** Origins this page's Content Security Policy refused to call: a Hub left out of connect-src. */
const refusedByPolicy = new Set<string>();
globalThis.document?.addEventListener('securitypolicyviolation', (event) => {
  if (event.effectiveDirective === 'connect-src' && URL.canParse(event.blockedURI)) {
    refusedByPolicy.add(new URL(event.blockedURI).origin);
  }
});

async function send(route: HubRoute, options: SendOptions, token: string | undefined) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const url = buildUrl(route, options);
  try {
    return await fetch(url, {
      // Stryker disable next-line MethodExpression: fetch upper-cases get, post, put and delete itself, and a route has no other method
      method: route.method.toUpperCase(),
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
    const origin = new URL(url, globalThis.location?.href).origin;
    // The policy's report is a task of its own: let it arrive before telling the two apart.
    await new Promise((resolve) => setTimeout(resolve));
    throw new ApiError({
      kind: 'network',
      message: refusedByPolicy.has(origin)
        ? `The console's Content Security Policy does not allow calls to ${origin}. Add it to connect-src where the console is served, or correct hubBaseUrl in config.json.`
        : 'The Hub could not be reached. Check your connection and try again.',
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

/**
 * The list a 422 names (what a channel lacks for Active). Hubs that predate `details` send it
 * only joined into `fieldErrors.status`.
 */
function detailsOf({ error }: ErrorBody): string[] | undefined {
  if (error.details) return error.details;
  if (error.code === 'incomplete' && error.fieldErrors?.status) {
    return error.fieldErrors.status.split('; ');
  }
  return undefined;
}

async function toHttpError(response: Response): Promise<ApiError> {
  const body = errorBodySchema.safeParse(await readJson(response));
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  let message = body.success ? body.data.error.message : statusMessages[response.status];
  message ??= `The Hub answered with an unexpected status (${response.status}).`;
  if (response.status === 429 && retryAfterSeconds) {
    message = `${message} Try again in ${formatSeconds(retryAfterSeconds)}.`;
  }
  return new ApiError({
    kind: 'http',
    status: response.status,
    code: body.success ? body.data.error.code : `http-${response.status}`,
    message,
    fieldErrors: body.success ? body.data.error.fieldErrors : undefined,
    details: body.success ? detailsOf(body.data) : undefined,
    retryAfterSeconds,
  });
}

/**
 * Calls one route of the Hub and parses the answer with the route's schema. Every failure —
 * network, timeout, an error status or a body that does not fit the contract — becomes an
 * ApiError.
 */
export async function requestHub<Route extends HubRoute>(
  route: Route,
  ...[options]: object extends RequestOptions<Route>
    ? [options?: RequestOptions<Route>]
    : [options: RequestOptions<Route>]
): Promise<HubResponse<Route>>;
export async function requestHub(route: HubRoute, options: SendOptions = {}): Promise<unknown> {
  await whenHubReady();
  const currentToken = () =>
    options.bearerToken ?? (options.anonymous ? undefined : getSession()?.token);
  const token = currentToken();
  let response = await send(route, options, token);

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
    response = await send(route, options, getSession()?.token);
  }

  const retryAfter = Number(response.headers.get('Retry-After'));
  if (
    response.status === 429 &&
    // A sign-in or sign-up would count as one more attempt: its wait is the person's to see.
    !route.attemptLimited &&
    retryAfter > 0 &&
    retryAfter <= MAX_AUTOMATIC_WAIT_SECONDS
  ) {
    // The Hub refused before doing anything, so sending the same request again is safe.
    onRateLimited?.(retryAfter);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    // Sent as the first was: an anonymous call, such as sign-in, stays anonymous.
    response = await send(route, options, currentToken());
  }

  if (!response.ok) throw await toHttpError(response);

  const parsed = (route.success.schema ?? noContent).safeParse(await readJson(response));
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
