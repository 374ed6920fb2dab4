import { z } from 'zod/mini';
import { hubStateSchema } from './hub-state';
import { describeIssues, findReferenceProblem } from './hub-fixture';
import { simulateKeywordSpike } from './keyword-traffic';
import { faultKinds, MAX_LATENCY_MS, type MockHub } from './mock-hub';

// The scenario controls of `npm run hub` (/__hub/…): what the Mock Hub panel does, for scripts.
// The rule for methods: a control that changes the Hub takes POST, with a body checked here, so
// a bad value gets 400 naming what is valid, never a stored NaN or a 500. The two reads take GET
// (status, and the state's export), and the state's import takes PUT: it replaces the resource
// GET reads. scripts/openapi.ts publishes this table as openapi.hub-controls.json.

const wholeMilliseconds = (max: number) =>
  z
    .int({ error: `milliseconds must be a whole number from 0 to ${max}` })
    .check(
      z.minimum(0, `milliseconds must be a whole number from 0 to ${max}`),
      z.maximum(max, `milliseconds must be a whole number from 0 to ${max}`),
    );

const empty = z.strictObject({});

/** What every control but status and state answers: the scenario settings now. */
const scenarioStatusSchema = z.object({
  latencyMs: z.int(),
  nextFault: z.nullable(z.enum(faultKinds)),
  clockOffsetMs: z.int(),
  storageProblem: z.nullable(z.string()),
});

const statusClasses = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/** What the HTTP server knows of itself, for GET /__hub/status. */
export type ServerFacts = {
  dataFile: string;
  requests: { total: number; byStatusClass: Record<(typeof statusClasses)[number], number> };
};

const serverStatusSchema = z.extend(scenarioStatusSchema, {
  openSessions: z.int(),
  requests: z.object({
    total: z.int(),
    byStatusClass: z.record(z.enum(statusClasses), z.int()),
  }),
  dataFile: z.nullable(z.string()),
});

const importSummarySchema = z.object({
  accounts: z.int(),
  users: z.int(),
  channels: z.int(),
  sessions: z.int(),
});

/** The requests counted by status class: 1xx to 5xx, all starting at 0. */
export function emptyRequestCounts(): ServerFacts['requests'] {
  return {
    total: 0,
    byStatusClass: { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
  };
}

/** Counts one answered request by its status. */
export function countRequest(counts: ServerFacts['requests'], status: number) {
  const statusClass = statusClasses[Math.floor(status / 100) - 1];
  counts.total += 1;
  if (statusClass) counts.byStatusClass[statusClass] += 1;
}

type ControlAnswer = { status: number; body: unknown };
type Method = 'GET' | 'POST' | 'PUT';
type Control = {
  method: Method;
  summary: string;
  /** The body it takes: documented in the OpenAPI document, checked before the control runs. */
  body: z.ZodMiniType;
  /** What it answers with 200. */
  answer: z.ZodMiniType;
  /** When it answers 404 (with the same body as its 200), and why. */
  notFound?: string;
  handle: (
    hub: MockHub,
    path: string,
    data: unknown,
    server: ServerFacts | undefined,
  ) => Promise<ControlAnswer> | ControlAnswer;
};

const ok = (hub: MockHub): ControlAnswer => ({
  status: 200,
  body: hub.getStatus() satisfies z.infer<typeof scenarioStatusSchema>,
});

function problem(status: number, code: string, message: string): ControlAnswer {
  return { status, body: { error: { code, message } } };
}

/** A control whose body the schema checks before `run` sees it. */
function control<Schema extends z.ZodMiniType>(
  method: Method,
  summary: string,
  schema: Schema,
  answer: z.ZodMiniType,
  run: (
    hub: MockHub,
    body: z.output<Schema>,
    server: ServerFacts | undefined,
  ) => Promise<ControlAnswer> | ControlAnswer,
): Control {
  return {
    method,
    summary,
    body: schema,
    answer,
    handle: (hub, path, data, server) => {
      const parsed = schema.safeParse(data);
      if (parsed.success) return run(hub, parsed.data, server);
      return problem(400, 'invalid', `${path}: ${describeIssues(parsed.error.issues)}`);
    },
  };
}

const spikeAnswerSchema = z.object({ result: z.string() });

/** Each control's path (after /__hub/) and the methods it takes. */
const controls: Record<string, readonly Control[]> = {
  status: [
    control(
      'GET',
      'The scenario settings, open sessions, requests counted by status class since start, and the data file',
      empty,
      serverStatusSchema,
      (hub, _body, server) => {
        const now = hub.now().getTime();
        const status: z.infer<typeof serverStatusSchema> = {
          ...hub.getStatus(),
          openSessions: hub.state.sessions.filter((session) => Date.parse(session.expiresAt) > now)
            .length,
          requests: server?.requests ?? emptyRequestCounts(),
          dataFile: server?.dataFile ?? null,
        };
        return { status: 200, body: status };
      },
    ),
  ],
  state: [
    control(
      'GET',
      'The whole mock state, as a fixture file for PUT /__hub/state or npm run hub -- --seed',
      empty,
      hubStateSchema,
      (hub) => ({ status: 200, body: hub.state }),
    ),
    control(
      'PUT',
      'Replace the whole mock state with a fixture; an invalid one is refused and nothing changes',
      hubStateSchema,
      importSummarySchema,
      (hub, state) => {
        const reference = findReferenceProblem(state);
        if (reference) return problem(400, 'invalid', `/__hub/state: ${reference}`);
        hub.replaceState(state);
        const summary: z.infer<typeof importSummarySchema> = {
          accounts: state.accounts.length,
          users: state.users.length,
          channels: state.channels.length,
          sessions: state.sessions.length,
        };
        return { status: 200, body: summary };
      },
    ),
  ],
  latency: [
    control(
      'POST',
      'Delay every answer of the Hub',
      z.strictObject({ milliseconds: wholeMilliseconds(MAX_LATENCY_MS) }),
      scenarioStatusSchema,
      (hub, { milliseconds }) => {
        hub.setLatency(milliseconds);
        return ok(hub);
      },
    ),
  ],
  'fail-next': [
    control(
      'POST',
      'Fail the next request of the API that way, or disarm with null',
      z.strictObject({
        kind: z.nullable(
          z.enum(faultKinds, { error: `kind must be one of ${faultKinds.join(', ')}, or null` }),
        ),
      }),
      scenarioStatusSchema,
      (hub, { kind }) => {
        hub.failNextRequest(kind);
        return ok(hub);
      },
    ),
  ],
  'expire-sessions': [
    control('POST', 'End every session', empty, scenarioStatusSchema, (hub) => {
      hub.expireSessions();
      return ok(hub);
    }),
  ],
  'advance-clock': [
    control(
      'POST',
      "Move the Hub's clock forward",
      z.strictObject({ milliseconds: wholeMilliseconds(Number.MAX_SAFE_INTEGER) }),
      scenarioStatusSchema,
      (hub, { milliseconds }) => {
        hub.advanceClock(milliseconds);
        return ok(hub);
      },
    ),
  ],
  'large-data-set': [
    control(
      'POST',
      'Grow an account (Demo Corp by default) to 2,000 channels and 5,000 users',
      z.strictObject({ accountId: z.optional(z.string()) }),
      scenarioStatusSchema,
      (hub, { accountId }) => {
        hub.loadLargeDataSet(accountId);
        return ok(hub);
      },
    ),
  ],
  limits: [
    control(
      'POST',
      'Forget the sign-in and sign-up attempts, so QA runs on one machine do not lock each other out',
      empty,
      scenarioStatusSchema,
      (hub) => {
        hub.attemptLimits.clear();
        return ok(hub);
      },
    ),
  ],
  reset: [
    control(
      'POST',
      'Replace all data with the demo data and clear the scenario settings and attempt limits',
      empty,
      scenarioStatusSchema,
      async (hub) => {
        await hub.reset();
        return ok(hub);
      },
    ),
  ],
  'keyword-spike': [
    {
      ...control(
        'POST',
        'X traffic on a keyword of a Twitter:Service channel; past 300 tweets a minute it is blocked for 3 days (404 when the channel or keyword does not exist)',
        z.strictObject({
          channelId: z.string(),
          keyword: z.string(),
          tweetsPerMinute: z.optional(
            z
              .int({ error: 'tweetsPerMinute must be a whole number ≥ 0' })
              .check(z.minimum(0, 'tweetsPerMinute must be a whole number ≥ 0')),
          ),
        }),
        spikeAnswerSchema,
        (hub, { channelId, keyword, tweetsPerMinute = 450 }) => {
          const spike = simulateKeywordSpike(hub, channelId, keyword, tweetsPerMinute);
          return { status: spike.found ? 200 : 404, body: { result: spike.message } };
        },
      ),
      notFound: 'No such Twitter:Service channel, or no such keyword in it',
    },
  ],
};

export const CONTROL_PREFIX = '/__hub/';

/** Runs the control at `path` (/__hub/…), or says why not; `null` when no control has that path. */
export async function runControl(
  hub: MockHub,
  method: string,
  path: string,
  rawBody: string,
  server?: ServerFacts,
): Promise<(ControlAnswer & { headers?: Record<string, string> }) | null> {
  const name = path.startsWith(CONTROL_PREFIX) ? path.slice(CONTROL_PREFIX.length) : '';
  // Own keys only: /__hub/constructor is no control.
  const entries = Object.hasOwn(controls, name) ? controls[name] : undefined;
  if (!entries) return null;
  const entry = entries.find((candidate) => candidate.method === method);
  if (!entry) {
    const allow = entries.map((candidate) => candidate.method).join(', ');
    return {
      ...problem(405, 'method-not-allowed', `${path} takes ${allow} only.`),
      headers: { Allow: allow },
    };
  }
  let data: unknown = {};
  if (rawBody.trim()) {
    try {
      data = JSON.parse(rawBody);
    } catch {
      return problem(400, 'invalid-json', 'The request body is not valid JSON.');
    }
  }
  return entry.handle(hub, path, data, server);
}

/** Every control with its path, for the OpenAPI document, the README and tests. */
export const hubControls = Object.entries(controls).flatMap(([name, entries]) =>
  entries.map(({ method, summary, body, answer, notFound }) => ({
    path: `${CONTROL_PREFIX}${name}`,
    method,
    summary,
    body,
    answer,
    notFound,
  })),
);

/** Every control's path. */
export const controlPaths = Object.keys(controls).map((name) => `${CONTROL_PREFIX}${name}`);
