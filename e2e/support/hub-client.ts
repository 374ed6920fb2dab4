// A typed client for scripting tests against the mock Hub (`npm run hub`) over HTTP: sign up,
// sign in, create channels and users through the Hub API (openapi.json), and reset, export or
// import the Hub's state through its scenario controls (openapi.hub-controls.json). It uses
// fetch and the published contract only, and imports nothing, so that it can be copied as it is
// into another repository's tests.

export type Role = 'Admin' | 'Support' | 'Viewer';
export type ChannelType =
  'Twitter:Account' | 'Twitter:Service' | 'Facebook:Account' | 'Facebook:Service';

export type HubSession = { token: string; expiresAt: string };

/** The fields every channel has; each type adds its own settings (see openapi.json). */
export type HubChannel = {
  id: string;
  type: ChannelType;
  name: string;
  description: string;
  status: 'Active' | 'Suspended';
  production: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  [setting: string]: unknown;
};

export type HubUser = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  roles: Role[];
  lastSignInAt: string | null;
  hasPassword: boolean;
  version: number;
};

export type SignUpInput = {
  account: string;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
};

export type SignUpResult = {
  account: { name: string; apiKey: string; urlBase: string };
  user: HubUser;
  session: HubSession;
};

export type SignInInput = { account: string; email: string; password: string };

/** The parts of an exported state tests usually read; the whole is in openapi.hub-controls.json. */
export type HubState = {
  stateVersion: number;
  clockOffsetMs: number;
  accounts: { id: string; name: string; apiKey: string; createdAt: string }[];
  users: (Omit<HubUser, 'hasPassword'> & { accountId: string; passwordHash: unknown })[];
  channels: { accountId: string; channel: HubChannel }[];
  sessions: unknown[];
  [part: string]: unknown;
};

export type HubStatus = {
  latencyMs: number;
  nextFault: string | null;
  clockOffsetMs: number;
  storageProblem: string | null;
  openSessions: number;
  requests: { total: number; byStatusClass: Record<string, number> };
  dataFile: string | null;
};

/** A Hub answer other than the one expected, with the Hub's error code and message. */
export class HubRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(`${status} ${code}: ${message}`);
    this.name = 'HubRequestError';
  }
}

type RequestOptions = { token?: string; body?: unknown; expect: number };

/**
 * A client of the mock Hub at `origin` (for example `http://localhost:4174`): the API is at
 * `/api/v2.0`, the scenario controls at `/__hub` (they answer on loopback only).
 */
export function createHubClient(origin: string) {
  async function send<Answer>(method: string, url: string, options: RequestOptions) {
    const response = await fetch(url, {
      method,
      headers: {
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const data: unknown = text ? JSON.parse(text) : undefined;
    if (response.status !== options.expect) {
      const error = readError(data);
      throw new HubRequestError(response.status, error.code, error.message, error.fieldErrors);
    }
    // The Hub's answers follow its published contract; this client trusts them as typed.
    const answer: Answer = text ? JSON.parse(text) : undefined;
    return answer;
  }

  const api = <Answer>(method: string, path: string, options: RequestOptions) =>
    send<Answer>(method, `${origin}/api/v2.0${path}`, options);
  const control = <Answer>(method: string, name: string, options: RequestOptions) =>
    send<Answer>(method, `${origin}/__hub/${name}`, options);

  return {
    /** Creates an account and its first Admin, signed in. */
    signUp: (input: SignUpInput) =>
      api<SignUpResult>('POST', '/signup', {
        body: { ...input, acceptLegalTerms: true },
        expect: 201,
      }),

    /** Signs in by account name, email and password; the token is valid 24 hours. */
    signIn: (input: SignInInput) =>
      api<HubSession>('POST', '/auth/token', { body: input, expect: 201 }),

    /** Creates a channel (Suspended, with its type's defaults) in the token's account. */
    createChannel: (
      token: string,
      input: { type: ChannelType; name: string; description?: string },
    ) => api<HubChannel>('POST', '/channels', { token, body: input, expect: 201 }),

    readChannel: (token: string, id: string) =>
      api<HubChannel>('GET', `/channels/${id}`, { token, expect: 200 }),

    /** Adds a user to the token's account; it has no password until `setUserPassword`. */
    createUser: (
      token: string,
      input: { firstName: string; lastName: string; email: string; roles: Role[] },
    ) => api<HubUser>('POST', '/users', { token, body: input, expect: 201 }),

    /** Sets a user's password, which the Hub checks against its password policy. */
    setUserPassword: (token: string, userId: string, password: string) =>
      api<undefined>('POST', `/users/${userId}/password`, {
        token,
        body: { password },
        expect: 204,
      }),

    /** Replaces all data with the demo data and clears latency, faults and the clock. */
    resetHub: () => control<unknown>('POST', 'reset', { expect: 200 }),

    /** The whole state, as a fixture for `importState` or `npm run hub -- --seed`. */
    exportState: () => control<HubState>('GET', 'state', { expect: 200 }),

    /** Replaces the whole state; the Hub refuses an invalid fixture (400) and changes nothing. */
    importState: (state: HubState) =>
      control<{ accounts: number; users: number; channels: number; sessions: number }>(
        'PUT',
        'state',
        { body: state, expect: 200 },
      ),

    /** Open sessions, request counts by status class, the data file, and the scenario settings. */
    status: () => control<HubStatus>('GET', 'status', { expect: 200 }),
  };
}

function readError(data: unknown): {
  code: string;
  message: string;
  fieldErrors: Record<string, string>;
} {
  const error = typeof data === 'object' && data !== null && 'error' in data ? data.error : null;
  if (typeof error !== 'object' || error === null) {
    return { code: 'unknown', message: 'The Hub sent no error body.', fieldErrors: {} };
  }
  const code = 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
  const fieldErrors: Record<string, string> = {};
  if ('fieldErrors' in error && typeof error.fieldErrors === 'object' && error.fieldErrors) {
    for (const [field, text] of Object.entries(error.fieldErrors)) {
      if (typeof text === 'string') fieldErrors[field] = text;
    }
  }
  return { code, message, fieldErrors };
}
