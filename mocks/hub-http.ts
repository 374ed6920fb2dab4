import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { z } from 'zod/mini';
import { MAX_BODY_BYTES, type HubRoute } from '../src/api/hub-route';
import { groupDigits } from '../src/lib/format';
import { can, type Action, type Target } from '../src/api/permissions';
import { effectiveRole, type Role, type User } from '../src/api/user-schema';
import { RETENTION_DAYS, type Account } from '../src/api/account-schema';
import type { MockHub } from './mock-hub';
import type { StoredAccount, StoredUser } from './hub-state';
import { hashSessionToken } from './password-hash';

/** Every handler path starts here; the leading wildcard matches any origin. */
export const HUB = '*/api/v2.0';
export const SESSION_HOURS = 24;

/** Serves one route of the contract's table, at its method and path. */
export function on(route: HubRoute, resolver: Parameters<typeof http.all>[1]) {
  return http[route.method](`${HUB}${route.path.replace(/\{(\w+)\}/g, ':$1')}`, resolver);
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  fieldErrors?: Record<string, string>,
  headers?: Record<string, string>,
  details?: string[],
) {
  return HttpResponse.json(
    {
      error: {
        code,
        message,
        ...(fieldErrors ? { fieldErrors } : {}),
        ...(details ? { details } : {}),
      },
    },
    { status, headers },
  );
}

/** Parses a JSON body with the contract's schema; answers 400 with field errors otherwise. */
export async function readBody<Schema extends z.ZodMiniType>(
  request: Request,
  schema: Schema,
): Promise<z.infer<Schema>> {
  let data: unknown;
  try {
    data = await request.json();
  } catch {
    throw errorResponse(400, 'invalid-json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.') || '_';
      fieldErrors[path] ??= issue.message;
    }
    throw errorResponse(400, 'invalid', 'Some values are not valid.', fieldErrors);
  }
  return parsed.data;
}

/** Parses the query with the contract's schema; answers 400 otherwise. */
export function readQuery<Schema extends z.ZodMiniType>(
  request: Request,
  schema: Schema,
): z.infer<Schema> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    throw errorResponse(400, 'invalid', 'The list parameters are not valid.');
  }
  return parsed.data;
}

/** The answer to a body over the Hub's limit, in the page and over HTTP alike. */
export const bodyTooLarge = {
  code: 'too-large',
  message: `The request body is over the Hub's limit of ${groupDigits(MAX_BODY_BYTES)} bytes.`,
};

export type Caller = { user: StoredUser; account: StoredAccount; role: Role };

/** The token of `Authorization: Bearer …`; empty for any other header, or none. */
export function bearerToken(request: Request) {
  const header = request.headers.get('Authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
}

/** Resolves the Bearer token to its user, or answers 401. */
export function authenticate(hub: MockHub, request: Request): Caller {
  const tokenHash = hashSessionToken(bearerToken(request));
  const now = hub.now().getTime();
  const found = hub.findSession(tokenHash);
  const session = found && Date.parse(found.expiresAt) > now ? found : undefined;
  const user = session && hub.findUser(session.userId);
  const account = user && hub.findAccount(user.accountId);
  if (!user || !account) {
    throw errorResponse(401, 'unauthenticated', 'Your session has ended. Sign in again.');
  }
  return { user, account, role: effectiveRole(user.roles) };
}

/** What each action is, for the 403 that refuses it. */
const actionDescriptions: Record<Action, string> = {
  'channel:read': 'read channels',
  'channel:create': 'add channels',
  'channel:update': 'change channels',
  'channel:delete': 'delete channels',
  'user:read': 'read users',
  'user:create': 'add users',
  'user:update': 'edit users',
  'user:delete': 'delete users',
  'user:reset-password': "reset this user's password",
  'account:read': 'read the account',
  'account:reveal-key': 'reveal the API key',
  'account:rotate-key': 'rotate the API key',
  'activity:read-channels': 'read the history of channels',
  'activity:read-all': 'read the history of users and of the account',
  'dms:connect': 'connect DMS',
};

/** Answers 403 unless the caller's roles allow the action (on the target, where it matters). */
export function authorize(caller: Caller, action: Action, target?: Target) {
  if (!can(caller.user, action, target)) {
    throw errorResponse(
      403,
      'forbidden',
      `Your role does not allow you to ${actionDescriptions[action]}.`,
    );
  }
}

export function toApiUser(user: StoredUser): User {
  return {
    id: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    roles: user.roles,
    lastSignInAt: user.lastSignInAt,
    hasPassword: user.passwordHash !== null,
    version: user.version,
  };
}

// API keys stay in the clear, unlike session tokens: Connect DMS shows an Admin the key itself
// (reveal=apiKey) to paste into DMS, so the Hub must be able to give it back.
function maskApiKey(apiKey: string) {
  return `${'•'.repeat(Math.max(0, apiKey.length - 4))}${apiKey.slice(-4)}`;
}

export function toApiAccount(account: StoredAccount, request: Request, reveal: boolean): Account {
  return {
    name: account.name,
    apiKey: reveal ? account.apiKey : maskApiKey(account.apiKey),
    apiKeyMasked: !reveal,
    retentionDays: RETENTION_DAYS,
    urlBase: urlBaseOf(request),
    apiKeyRotatedAt: account.apiKeyRotatedAt ?? null,
  };
}

/** The gsa-url-base value DMS needs: host and path of the API, without the scheme. */
function urlBaseOf(request: Request) {
  const url = new URL(request.url);
  const index = url.pathname.indexOf('/api/v2.0');
  return `${url.host}${url.pathname.slice(0, index)}/api/v2.0`;
}

/** How long a create's answer is kept for a repeat with the same Idempotency-Key. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3_600_000;

type CompletedCreate = { status: number; body: JsonBodyType; bodyHash: string; at: number };
const completedCreates = new WeakMap<MockHub, Map<string, CompletedCreate>>();

async function sha256(text: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Applies a create once per Idempotency-Key, after the caller is authenticated and authorized. A
 * key belongs to the user who sent it and to the path; for IDEMPOTENCY_WINDOW_MS a repeat with
 * the same body gets the first answer again, and a repeat with another body is refused (422).
 * Keys live as long as the Hub process, which is enough for the retries they exist for.
 */
export async function createOnce(
  hub: MockHub,
  request: Request,
  caller: Caller,
  create: () => Promise<Response>,
): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (!key) return create();
  let done = completedCreates.get(hub);
  if (!done) completedCreates.set(hub, (done = new Map()));
  const scopedKey = JSON.stringify([caller.user.id, new URL(request.url).pathname, key]);
  const bodyHash = await sha256(await request.clone().text());
  const now = hub.now().getTime();
  const earlier = done.get(scopedKey);
  if (earlier && now - earlier.at < IDEMPOTENCY_WINDOW_MS) {
    if (earlier.bodyHash !== bodyHash) {
      return errorResponse(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was sent before with another request. Use a new key for a new request.',
      );
    }
    return HttpResponse.json(earlier.body, { status: earlier.status });
  }
  const response = await create();
  if (response.ok) {
    done.set(scopedKey, {
      status: response.status,
      body: (await response.clone().json()) as JsonBodyType,
      bodyHash,
      at: now,
    });
  }
  return response;
}

/**
 * If-Match carries the version the client read, as a decimal number, quoted or not; 428 without
 * it, 412 when it is stale or not such a number ("0x2" does not name version 2).
 */
export function checkVersion(request: Request, version: number) {
  const header = request.headers.get('If-Match');
  if (!header) {
    throw errorResponse(428, 'version-required', 'Send If-Match with the version you read.');
  }
  const read = /^(?:"(0|[1-9]\d{0,14})"|(0|[1-9]\d{0,14}))$/.exec(header);
  if (!read || Number(read[1] ?? read[2]) !== version) {
    throw errorResponse(
      412,
      'version-mismatch',
      'Someone else saved this item since you opened it.',
    );
  }
}
