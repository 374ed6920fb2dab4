import { z } from 'zod/mini';
import { simulateKeywordSpike } from './keyword-traffic';
import { faultKinds, MAX_LATENCY_MS, type MockHub } from './mock-hub';

// The scenario controls of `npm run hub` (/__hub/…): what the Mock Hub panel does, for scripts.
// Each control but status changes the Hub, so it takes POST only, with a body checked here: a bad
// value gets 400 naming what is valid, never a stored NaN or a 500.

const wholeMilliseconds = (max: number) =>
  z
    .int({ error: `milliseconds must be a whole number from 0 to ${max}` })
    .check(
      z.minimum(0, `milliseconds must be a whole number from 0 to ${max}`),
      z.maximum(max, `milliseconds must be a whole number from 0 to ${max}`),
    );

const empty = z.strictObject({});

type ControlAnswer = { status: number; body: unknown };
type Control = {
  method: 'GET' | 'POST';
  handle: (hub: MockHub, path: string, data: unknown) => Promise<ControlAnswer> | ControlAnswer;
};

const ok = (hub: MockHub): ControlAnswer => ({ status: 200, body: hub.getStatus() });

function problem(status: number, code: string, message: string): ControlAnswer {
  return { status, body: { error: { code, message } } };
}

/** A control whose body the schema checks before `run` sees it. */
function control<Schema extends z.ZodMiniType>(
  method: Control['method'],
  schema: Schema,
  run: (hub: MockHub, body: z.output<Schema>) => Promise<ControlAnswer> | ControlAnswer,
): Control {
  return {
    method,
    handle: (hub, path, data) => {
      const parsed = schema.safeParse(data);
      if (parsed.success) return run(hub, parsed.data);
      const messages = parsed.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field ${issue.keys.join(', ')}`
          : issue.message,
      );
      return problem(400, 'invalid', `${path}: ${messages.join('; ')}`);
    },
  };
}

const controls: Record<string, Control> = {
  status: control('GET', empty, ok),
  latency: control(
    'POST',
    z.strictObject({ milliseconds: wholeMilliseconds(MAX_LATENCY_MS) }),
    (hub, { milliseconds }) => {
      hub.setLatency(milliseconds);
      return ok(hub);
    },
  ),
  'fail-next': control(
    'POST',
    z.strictObject({
      kind: z.nullable(
        z.enum(faultKinds, { error: `kind must be one of ${faultKinds.join(', ')}, or null` }),
      ),
    }),
    (hub, { kind }) => {
      hub.failNextRequest(kind);
      return ok(hub);
    },
  ),
  'expire-sessions': control('POST', empty, (hub) => {
    hub.expireSessions();
    return ok(hub);
  }),
  'advance-clock': control(
    'POST',
    z.strictObject({ milliseconds: wholeMilliseconds(Number.MAX_SAFE_INTEGER) }),
    (hub, { milliseconds }) => {
      hub.advanceClock(milliseconds);
      return ok(hub);
    },
  ),
  'large-data-set': control(
    'POST',
    z.strictObject({ accountId: z.optional(z.string()) }),
    (hub, { accountId }) => {
      hub.loadLargeDataSet(accountId);
      return ok(hub);
    },
  ),
  // Forgets the sign-in and sign-up attempts, so QA runs on one machine do not lock each other out.
  limits: control('POST', empty, (hub) => {
    hub.attemptLimits.clear();
    return ok(hub);
  }),
  reset: control('POST', empty, async (hub) => {
    await hub.reset();
    return ok(hub);
  }),
  'keyword-spike': control(
    'POST',
    z.strictObject({
      channelId: z.string(),
      keyword: z.string(),
      tweetsPerMinute: z.optional(
        z
          .int({ error: 'tweetsPerMinute must be a whole number ≥ 0' })
          .check(z.minimum(0, 'tweetsPerMinute must be a whole number ≥ 0')),
      ),
    }),
    (hub, { channelId, keyword, tweetsPerMinute = 450 }) => {
      const spike = simulateKeywordSpike(hub, channelId, keyword, tweetsPerMinute);
      return { status: spike.found ? 200 : 404, body: { result: spike.message } };
    },
  ),
};

const CONTROL_PREFIX = '/__hub/';

/** Runs the control at `path` (/__hub/…), or says why not; `null` when no control has that path. */
export async function runControl(
  hub: MockHub,
  method: string,
  path: string,
  rawBody: string,
): Promise<(ControlAnswer & { headers?: Record<string, string> }) | null> {
  const name = path.startsWith(CONTROL_PREFIX) ? path.slice(CONTROL_PREFIX.length) : '';
  // Own keys only: /__hub/constructor is no control.
  const entry = Object.hasOwn(controls, name) ? controls[name] : undefined;
  if (!entry) return null;
  if (method !== entry.method) {
    return {
      ...problem(405, 'method-not-allowed', `${path} takes ${entry.method} only.`),
      headers: { Allow: entry.method },
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
  return entry.handle(hub, path, data);
}

/** Every control, for the README and tests. */
export const controlPaths = Object.keys(controls).map((name) => `${CONTROL_PREFIX}${name}`);
