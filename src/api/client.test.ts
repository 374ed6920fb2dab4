// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod/mini';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountRoutes } from './account-routes';
import { ApiError } from './api-error';
import { requestHub, setRateLimitNotifier, setReauthenticator } from './client';
import { defineRoute } from './hub-route';
import { setRuntimeConfig } from './runtime-config';
import { sessionRoutes } from './session-routes';
import { clearSession, getSession, saveSession } from './session-store';

const BASE = 'http://hub.test/api/v2.0';
const thing = z.object({ name: z.string() });

// Routes of a made-up resource: the client reads everything it sends from its route.
function readRoute<const Path extends string>(path: Path) {
  return defineRoute({
    method: 'get',
    path,
    summary: 'Read',
    auth: true,
    success: { status: 200, schema: thing },
    errors: [],
  });
}
const readThings = defineRoute({
  method: 'get',
  path: '/things',
  summary: 'List',
  auth: true,
  query: z.object({
    q: z.optional(z.string()),
    role: z.optional(z.string()),
    page: z.optional(z.number()),
    empty: z.optional(z.string()),
  }),
  success: { status: 200, schema: thing },
  errors: [],
});
const createThing = defineRoute({
  method: 'post',
  path: '/things',
  summary: 'Create',
  auth: true,
  body: z.object({}),
  success: { status: 201, schema: thing },
  errors: [409, 422, 429],
});
const replaceThing = defineRoute({
  method: 'put',
  path: '/things/{id}',
  summary: 'Replace',
  auth: true,
  ifMatch: true,
  body: z.object({}),
  success: { status: 200, schema: thing },
  errors: [],
});
const signInThing = defineRoute({
  method: 'post',
  path: '/auth/token',
  summary: 'Sign in',
  auth: false,
  body: z.object({}),
  success: { status: 201, schema: thing },
  errors: [401],
});
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());
beforeEach(() => {
  setRuntimeConfig({ mode: 'live', hubBaseUrl: BASE });
  saveSession(
    { token: 'token-1', expiresAt: '2030-01-01T00:00:00.000Z' },
    { account: 'A', email: 'a@example.com' },
  );
  setReauthenticator(null);
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('requestHub', () => {
  it('sends the Bearer token and If-Match, and parses the body', async () => {
    let seen: Headers | undefined;
    server.use(
      http.put(`${BASE}/things/1`, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ name: 'ok', extra: 'ignored' });
      }),
    );
    const result = await requestHub(replaceThing, {
      params: { id: '1' },
      body: {},
      ifMatch: 3,
    });
    expect(result).toEqual({ name: 'ok' });
    expect(seen?.get('Authorization')).toBe('Bearer token-1');
    expect(seen?.get('If-Match')).toBe('"3"');
  });

  it('adds query parameters and leaves out empty ones', async () => {
    let url = '';
    server.use(
      http.get(`${BASE}/things`, ({ request }) => {
        url = request.url;
        return HttpResponse.json({ name: 'x' });
      }),
    );
    await requestHub(readThings, {
      query: { q: 'a b', role: undefined, page: 2, empty: '' },
    });
    expect(url).toBe(`${BASE}/things?q=a+b&page=2`);
  });

  it('turns a network failure into a network ApiError', async () => {
    server.use(http.get(`${BASE}/things`, () => HttpResponse.error()));
    const error = await failure(requestHub(readThings));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/could not be reached/);
  });

  it('keeps the code, message and field errors of a 4xx error body', async () => {
    server.use(
      http.post(`${BASE}/things`, () =>
        HttpResponse.json(
          { error: { code: 'name-taken', message: 'Taken.', fieldErrors: { name: 'Taken.' } } },
          { status: 409 },
        ),
      ),
    );
    const error = await failure(requestHub(createThing, { body: {} }));
    expect(error).toMatchObject({
      kind: 'http',
      status: 409,
      code: 'name-taken',
      message: 'Taken.',
    });
    expect(error.fieldErrors).toEqual({ name: 'Taken.' });
  });

  it('reads the list a 422 sends in details', async () => {
    server.use(
      http.post(`${BASE}/things`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'incomplete',
              message: 'Not yet.',
              fieldErrors: { status: 'Keywords; Handles' },
              details: ['Keywords', 'Handles; or Languages'],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const error = await failure(requestHub(createThing, { body: {} }));
    expect(error.details).toEqual(['Keywords', 'Handles; or Languages']);
  });

  it('falls back to the joined fieldErrors.status of a Hub that sends no details', async () => {
    server.use(
      http.post(`${BASE}/things`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'incomplete',
              message: 'Not yet.',
              fieldErrors: { status: 'Keywords; Handles' },
            },
          },
          { status: 422 },
        ),
      ),
    );
    const error = await failure(requestHub(createThing, { body: {} }));
    expect(error.details).toEqual(['Keywords', 'Handles']);
    expect(error.fieldErrors).toEqual({ status: 'Keywords; Handles' });
  });

  it('puts path parameters into the path, encoded', async () => {
    let url = '';
    server.use(
      http.put(`${BASE}/things/:id`, ({ request }) => {
        url = request.url;
        return HttpResponse.json({ name: 'x' });
      }),
    );
    await requestHub(replaceThing, { params: { id: 'a/b c' }, body: {}, ifMatch: 1 });
    expect(url).toBe(`${BASE}/things/a%2Fb%20c`);
  });

  it('explains a 5xx without a body and a 429 with its Retry-After', async () => {
    server.use(http.get(`${BASE}/down`, () => new HttpResponse('oops', { status: 500 })));
    server.use(
      http.get(`${BASE}/busy`, () =>
        HttpResponse.json(
          { error: { code: 'rate-limited', message: 'Slow down.' } },
          { status: 429, headers: { 'Retry-After': '30' } },
        ),
      ),
    );
    const down = await failure(requestHub(readRoute('/down')));
    expect(down).toMatchObject({ status: 500, code: 'http-500' });
    expect(down.message).toMatch(/internal error/);
    const busy = await failure(requestHub(readRoute('/busy')));
    expect(busy.retryAfterSeconds).toBe(30);
    expect(busy.message).toBe('Slow down. Try again in 30 seconds.');
  });

  it('waits out a short Retry-After, says so once, and retries', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/things`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              { error: { code: 'rate-limited', message: 'Busy.' } },
              { status: 429, headers: { 'Retry-After': '1' } },
            )
          : HttpResponse.json({ name: 'created once' }, { status: 201 });
      }),
    );
    const notify = vi.fn<(seconds: number) => void>();
    const notified = new Promise<void>((resolve) => notify.mockImplementation(() => resolve()));
    setRateLimitNotifier(notify);
    // Only the console's wait is faked; the mock server's own work runs on real time.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const created = requestHub(createThing, { body: {} });
    await notified;
    expect(notify).toHaveBeenCalledExactlyOnceWith(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(created).resolves.toEqual({ name: 'created once' });
    expect(notify).toHaveBeenCalledOnce();
    expect(calls).toBe(2);
    setRateLimitNotifier(null);
  });

  it('refuses a body that breaks its schema, and one that is not JSON', async () => {
    server.use(http.get(`${BASE}/wrong`, () => HttpResponse.json({ name: 42 })));
    server.use(http.get(`${BASE}/html`, () => HttpResponse.text('<html>proxy</html>')));
    const wrong = await failure(requestHub(readRoute('/wrong')));
    expect(wrong.kind).toBe('invalid-response');
    expect(wrong.message).toMatch(/does not understand/);
    expect(wrong.detail).toMatch(/name/);
    expect((await failure(requestHub(readRoute('/html')))).kind).toBe('invalid-response');
  });

  it('waits for re-authentication after a 401 and retries with the new token', async () => {
    const tokens: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/things`, ({ request }) => {
        const auth = request.headers.get('Authorization');
        tokens.push(auth);
        return auth === 'Bearer token-2'
          ? HttpResponse.json({ name: 'after' })
          : HttpResponse.json({ error: { code: 'x', message: 'Expired' } }, { status: 401 });
      }),
    );
    const reauthenticate = vi.fn(async () => {
      saveSession({ token: 'token-2', expiresAt: '2030-01-01T00:00:00.000Z' }, getSession()!);
    });
    setReauthenticator(reauthenticate);
    const [first, second] = await Promise.all([requestHub(readThings), requestHub(readThings)]);
    expect(first).toEqual({ name: 'after' });
    expect(second).toEqual({ name: 'after' });
    expect(reauthenticate).toHaveBeenCalledTimes(1);
    expect(tokens.filter((token) => token === 'Bearer token-2')).toHaveLength(2);
  });

  it('gives up with the 401 when re-authentication is refused', async () => {
    server.use(
      http.get(`${BASE}/things`, () =>
        HttpResponse.json({ error: { code: 'x', message: 'Expired' } }, { status: 401 }),
      ),
    );
    setReauthenticator(() => Promise.reject(new Error('signed out')));
    expect((await failure(requestHub(readThings))).status).toBe(401);
  });

  it('fails a quiet read with its 401, without opening re-authentication', async () => {
    const reauthenticate = vi.fn(async () => undefined);
    setReauthenticator(reauthenticate);
    server.use(
      http.get(`${BASE}/things`, () =>
        HttpResponse.json({ error: { code: 'x', message: 'Expired' } }, { status: 401 }),
      ),
    );
    const error = await failure(requestHub(readThings, { reauthenticate: false }));
    expect(error.status).toBe(401);
    expect(reauthenticate).not.toHaveBeenCalled();
  });

  it('never re-authenticates an anonymous call such as sign-in', async () => {
    clearSession();
    const reauthenticate = vi.fn(async () => undefined);
    setReauthenticator(reauthenticate);
    server.use(
      http.post(`${BASE}/auth/token`, ({ request }) => {
        expect(request.headers.get('Authorization')).toBeNull();
        return HttpResponse.json({ error: { code: 'x', message: 'Wrong' } }, { status: 401 });
      }),
    );
    const error = await failure(requestHub(signInThing, { body: {}, anonymous: true }));
    expect(error.status).toBe(401);
    expect(reauthenticate).not.toHaveBeenCalled();
  });
});

describe('requestHub: what it sends', () => {
  const createOnce = defineRoute({
    method: 'post',
    path: '/things',
    summary: 'Create once',
    auth: true,
    idempotent: true,
    body: z.object({ name: z.string() }),
    success: { status: 201, schema: thing },
    errors: [],
  });
  const deleteThing = defineRoute({
    method: 'delete',
    path: '/things/{id}',
    summary: 'Delete',
    auth: true,
    success: { status: 204, schema: null },
    errors: [],
  });
  type Seen = {
    method: string;
    headers: Record<string, string | null>;
    body: string;
  };
  let seen: Seen[] = [];
  const header = ['Accept', 'Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key'];
  beforeEach(() => {
    seen = [];
    server.events.removeAllListeners();
    server.events.on('request:start', ({ request }) => {
      const clone = request.clone();
      const entry: Seen = {
        method: request.method,
        headers: Object.fromEntries(header.map((name) => [name, request.headers.get(name)])),
        body: '',
      };
      seen.push(entry);
      void clone.text().then((text) => (entry.body = text));
    });
  });

  it.each([
    {
      case: 'a read',
      call: () => requestHub(readThings),
      method: 'GET',
      headers: { 'Content-Type': null, 'If-Match': null, 'Idempotency-Key': null },
      body: '',
    },
    {
      case: 'a create with its idempotency key',
      call: () => requestHub(createOnce, { body: { name: 'x' }, idempotencyKey: 'key-1' }),
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1' },
      body: '{"name":"x"}',
    },
    {
      case: 'a create without one',
      call: () => requestHub(createOnce, { body: { name: 'x' } }),
      method: 'POST',
      headers: { 'Idempotency-Key': null, 'If-Match': null },
      body: '{"name":"x"}',
    },
    {
      case: 'a save of version 0',
      call: () => requestHub(replaceThing, { params: { id: '1' }, body: {}, ifMatch: 0 }),
      method: 'PUT',
      headers: { 'If-Match': '"0"', 'Content-Type': 'application/json' },
      body: '{}',
    },
  ])('sends $case as the route says', async ({ call, method, headers, body }) => {
    server.use(
      http.all(`${BASE}/things*`, () => HttpResponse.json({ name: 'x' }, { status: 201 })),
    );
    await call();
    await vi.waitFor(() => expect(seen[0]?.body).toBe(body));
    expect(seen).toMatchObject([
      {
        method,
        headers: { Accept: 'application/json', Authorization: 'Bearer token-1', ...headers },
        body,
      },
    ]);
  });

  it('sends no token when signed out', async () => {
    clearSession();
    server.use(http.get(`${BASE}/things`, () => HttpResponse.json({ name: 'x' })));
    await requestHub(readThings);
    expect(seen[0]?.headers.Authorization).toBeNull();
  });

  it('reads a route without content, and refuses a body where none belongs', async () => {
    server.use(http.delete(`${BASE}/things/1`, () => new HttpResponse(null, { status: 204 })));
    await expect(requestHub(deleteThing, { params: { id: '1' } })).resolves.toBeUndefined();
    server.use(http.delete(`${BASE}/things/2`, () => HttpResponse.text('deleted')));
    const error = await failure(requestHub(deleteThing, { params: { id: '2' } }));
    expect(error.kind).toBe('invalid-response');
  });

  it('reads a 422 incomplete without field errors as listing nothing', async () => {
    server.use(
      http.post(`${BASE}/things`, () =>
        HttpResponse.json({ error: { code: 'incomplete', message: 'No.' } }, { status: 422 }),
      ),
    );
    const error = await failure(requestHub(createThing, { body: {} }));
    expect(error).toMatchObject({ status: 422, details: [], fieldErrors: {} });
  });
});

describe('requestHub: abort and timeout', () => {
  // The client's own timer is faked: the timeout fires when the test says, not after real time.
  function fakeTimeout() {
    const timers: { ms: number; controller: AbortController }[] = [];
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      const controller = new AbortController();
      timers.push({ ms, controller });
      return controller.signal;
    });
    const fire = () =>
      timers.forEach(({ controller }) =>
        controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
      );
    return { timers, fire };
  }
  const neverAnswer = () =>
    server.use(
      http.get(
        `${BASE}/things`,
        ({ request }) =>
          new Promise<never>((_, reject) => {
            request.signal.addEventListener('abort', () => reject(request.signal.reason));
          }),
      ),
    );

  it.each([
    { timeoutMs: undefined, ms: 15_000, seconds: 15 },
    { timeoutMs: 2_500, ms: 2_500, seconds: 3 },
  ])('gives up after $ms ms and says so in seconds', async ({ timeoutMs, ms, seconds }) => {
    const { timers, fire } = fakeTimeout();
    neverAnswer();
    // The caller's own signal, never aborted, does not replace the timeout.
    const call = failure(
      requestHub(readThings, { timeoutMs, signal: new AbortController().signal }),
    );
    await vi.waitFor(() => expect(timers).toHaveLength(1));
    expect(timers[0]?.ms).toBe(ms);
    fire();
    const error = await call;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `The Hub did not answer within ${seconds} seconds. Check your connection and try again.`,
    );
  });

  it('passes on its caller’s abort as it is, not as a Hub failure', async () => {
    fakeTimeout();
    neverAnswer();
    const controller = new AbortController();
    const call = requestHub(readThings, { signal: controller.signal });
    controller.abort();
    const error = await call.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('requestHub: re-authentication', () => {
  const expired = () =>
    HttpResponse.json({ error: { code: 'x', message: 'Expired' } }, { status: 401 });
  const newSession = (token: string) =>
    saveSession(
      { token, expiresAt: '2030-01-01T00:00:00.000Z' },
      getSession() ?? {
        account: 'A',
        email: 'a@example.com',
      },
    );

  it('asks nobody to sign in again after a success', async () => {
    const reauthenticate = vi.fn(async () => undefined);
    setReauthenticator(reauthenticate);
    server.use(http.get(`${BASE}/things`, () => HttpResponse.json({ name: 'x' })));
    await requestHub(readThings);
    expect(reauthenticate).not.toHaveBeenCalled();
  });

  it('sends again with a token that replaced its own while it was out, without asking', async () => {
    const reauthenticate = vi.fn(async () => undefined);
    setReauthenticator(reauthenticate);
    server.use(
      http.get(`${BASE}/things`, ({ request }) => {
        if (request.headers.get('Authorization') === 'Bearer token-2') {
          return HttpResponse.json({ name: 'again' });
        }
        newSession('token-2');
        return expired();
      }),
    );
    await expect(requestHub(readThings)).resolves.toEqual({ name: 'again' });
    expect(reauthenticate).not.toHaveBeenCalled();
  });

  it('fails with the 401 when the session ended while it was out', async () => {
    const reauthenticate = vi.fn(async () => undefined);
    setReauthenticator(reauthenticate);
    const tokens: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/things`, ({ request }) => {
        tokens.push(request.headers.get('Authorization'));
        clearSession();
        return expired();
      }),
    );
    expect((await failure(requestHub(readThings))).status).toBe(401);
    expect(reauthenticate).not.toHaveBeenCalled();
    expect(tokens).toEqual(['Bearer token-1', null]);
  });

  it('fails with the 401 when signing in again leaves no session', async () => {
    setReauthenticator(async () => clearSession());
    const tokens: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/things`, ({ request }) => {
        tokens.push(request.headers.get('Authorization'));
        return expired();
      }),
    );
    expect((await failure(requestHub(readThings))).status).toBe(401);
    expect(tokens).toEqual(['Bearer token-1', null]);
  });

  it('asks again for a later 401, and sends nothing more when refused', async () => {
    let round = 1;
    const reauthenticate = vi.fn(async () => {
      round += 1;
      newSession(`token-${round}`);
    });
    setReauthenticator(reauthenticate);
    const tokens: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/things`, ({ request }) => {
        const auth = request.headers.get('Authorization');
        tokens.push(auth);
        return auth === `Bearer token-${round}` && tokens.length % 2 === 0
          ? HttpResponse.json({ name: auth })
          : expired();
      }),
    );
    await expect(requestHub(readThings)).resolves.toEqual({ name: 'Bearer token-2' });
    await expect(requestHub(readThings)).resolves.toEqual({ name: 'Bearer token-3' });
    expect(reauthenticate).toHaveBeenCalledTimes(2);

    tokens.length = 0;
    setReauthenticator(() => Promise.reject(new Error('signed out')));
    expect((await failure(requestHub(readThings))).status).toBe(401);
    expect(tokens).toEqual(['Bearer token-3']);
  });
});

describe('requestHub: Retry-After', () => {
  /** Runs the call on fake time until it settles; returns what it settled with. */
  async function settle(call: Promise<unknown>) {
    let outcome: { value?: unknown; error?: unknown } | undefined;
    void call.then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    for (let second = 0; second < 30 && !outcome; second += 1) {
      await vi.advanceTimersByTimeAsync(1000);
    }
    return outcome;
  }
  let requests: (string | null)[] = [];
  function busyOnce(status: number, retryAfter: string) {
    requests = [];
    server.use(
      http.all(`${BASE}/*`, ({ request }) => {
        requests.push(request.headers.get('Authorization'));
        return requests.length === 1
          ? HttpResponse.json(
              { error: { code: 'busy', message: 'Busy.' } },
              { status, headers: { 'Retry-After': retryAfter } },
            )
          : HttpResponse.json({ name: 'done' }, { status: 201 });
      }),
    );
  }
  beforeEach(() => {
    setRateLimitNotifier(null);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
  });

  it.each([
    { status: 429, retryAfter: '10', sent: 2 },
    { status: 429, retryAfter: '11', sent: 1 },
    { status: 429, retryAfter: '0', sent: 1 },
    { status: 503, retryAfter: '1', sent: 1 },
  ])(
    'sends again after $status with Retry-After $retryAfter: $sent request(s)',
    async ({ status, retryAfter, sent }) => {
      busyOnce(status, retryAfter);
      const outcome = await settle(requestHub(readThings));
      expect(requests).toHaveLength(sent);
      if (sent === 2) expect(outcome).toEqual({ value: { name: 'done' } });
      else expect(outcome?.error).toMatchObject({ status });
    },
  );

  it('never sends a sign-in or sign-up again by itself: its 429 is for the person to see', async () => {
    const credentials = { account: 'Demo Corp', email: 'a@b.example', password: 'x' };
    busyOnce(429, '1');
    const signIn = await settle(
      requestHub(sessionRoutes.createToken, { body: credentials, anonymous: true }),
    );
    expect(requests).toHaveLength(1);
    expect(signIn?.error).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    expect(signIn?.error).toHaveProperty('message', 'Busy. Try again in 1 second.');

    busyOnce(429, '1');
    const body = { ...credentials, firstName: 'A', lastName: 'B', acceptLegalTerms: true } as const;
    await settle(requestHub(accountRoutes.signUp, { body, anonymous: true }));
    expect(requests).toHaveLength(1);
  });

  it('sends again as whoever sent first', async () => {
    busyOnce(429, '1');
    await settle(requestHub(readThings, { bearerToken: 'theirs' }));
    expect(requests).toEqual(['Bearer theirs', 'Bearer theirs']);

    busyOnce(429, '1');
    await settle(requestHub(signInThing, { body: {}, anonymous: true }));
    expect(requests).toEqual([null, null]);

    clearSession();
    busyOnce(429, '1');
    await settle(requestHub(readThings));
    expect(requests).toEqual([null, null]);
  });
});
