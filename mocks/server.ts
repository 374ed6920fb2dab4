// `npm run hub`: the mock Hub's own handlers and store served over HTTP, for the console in live
// mode. Data lives in memory, with a snapshot file and a log of changes on disk (server-store.ts);
// an answer leaves only once what it reports is on disk. CORS admits the console's origin only;
// the scenario controls answer on loopback only; every answer is checked against the contract as
// it leaves.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { MAX_BODY_BYTES } from '../src/api/hub-route';
import { errorBodySchema, findRoute, routesAt } from '../src/api/routes';
import { CLIENT_ADDRESS_HEADER } from './attempt-limits';
import { createHubHandlers } from './hub-handlers';
import { bodyTooLarge } from './hub-http';
import { MAX_STATE_BYTES, readHubFixture, stateTooLarge } from './hub-fixture';
import { MockHub } from './mock-hub';
import {
  CONTROL_PREFIX,
  countRequest,
  emptyRequestCounts,
  runControl,
  type ServerFacts,
} from './scenario-controls';
import { LogStore } from './server-store';

const argv = process.argv.slice(2);
const args = new Set(argv);
const port = Number(process.env.HUB_PORT ?? 4174);
const dataFile = resolve(process.env.HUB_DATA_FILE ?? '.hub-data/hub.json');
const allowedOrigin = process.env.HUB_CORS_ORIGIN ?? 'http://localhost:4175';
const API_PREFIX = '/api/v2.0';

// HUB_LOG_COMPACT_BYTES: the log size past which it is folded into the data file (tests set it low).
const compactBytes = Number(process.env.HUB_LOG_COMPACT_BYTES) || undefined;
const store = new LogStore(dataFile, compactBytes);

/** `--seed fixture.json`: the state to start from, checked before the data file is touched. */
function readSeed() {
  const index = argv.indexOf('--seed');
  if (index < 0) return null;
  const file = argv[index + 1];
  const stop = (message: string) => {
    console.error(`[hub] ${message}`);
    console.error(`[hub] Nothing was changed; ${dataFile} is as it was.`);
    process.exit(1);
  };
  if (!file) return stop('--seed names a fixture file: npm run hub -- --seed fixture.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return stop(`The fixture ${file} cannot be read as JSON: ${String(error)}`);
  }
  const fixture = readHubFixture(data);
  return fixture.state ?? stop(`${file}: ${fixture.problem}`);
}

const seed = readSeed();
if (args.has('--fresh') || seed !== null) store.removeAll();
const hub = await MockHub.create(store, store.events);
if (seed) hub.replaceState(seed);
if (hub.storageProblem) {
  if (!args.has('--reset-corrupt')) {
    console.error(`[hub] The data file ${dataFile} cannot be used: ${hub.storageProblem}`);
    console.error(
      '[hub] Nothing was changed. Fix or move the file, or start with --reset-corrupt to replace it with the demo data.',
    );
    process.exit(1);
  }
  console.warn(
    `[hub] Replacing the unreadable ${dataFile} with the demo data, as --reset-corrupt asks.`,
  );
  await hub.reset();
}
// Startup folds the log into the data file, so the Hub starts from one file; the change history
// is written again without the events past their retention.
store.events.replace(hub.events.text(), hub.events.count());
await store.compact(hub.state);
const handlers = createHubHandlers(hub);

function isLoopback(request: IncomingMessage) {
  const address = request.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
}

function corsHeaders(request: IncomingMessage): Record<string, string> {
  if (request.headers.origin !== allowedOrigin) return {};
  return {
    'Access-Control-Allow-Origin': allowedOrigin,
    'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, Idempotency-Key',
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

class BodyTooLarge extends Error {
  constructor(readonly answer: { code: string; message: string }) {
    super(answer.message);
  }
}

/** The request's body, or BodyTooLarge as soon as it passes the limit: the rest is not read. */
async function readBody(
  request: IncomingMessage,
  limit = MAX_BODY_BYTES,
  tooLarge: { code: string; message: string } = bodyTooLarge,
) {
  if (Number(request.headers['content-length']) > limit) throw new BodyTooLarge(tooLarge);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.from(chunk);
    size += buffer.length;
    if (size > limit) throw new BodyTooLarge(tooLarge);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Logs loudly when an answer does not fit the contract a real Hub is held to. */
async function checkContract(method: string, path: string, answer: Response) {
  const route = findRoute(method, path.slice(API_PREFIX.length));
  if (!route) return;
  const text = await answer.clone().text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  const problem =
    answer.status === route.success.status
      ? route.success.schema
        ? route.success.schema.safeParse(body).error
        : text
          ? new Error('a body where none is expected')
          : undefined
      : route.errors.includes(answer.status)
        ? errorBodySchema.safeParse(body).error
        : new Error(`status ${answer.status} is not in the contract`);
  if (problem) {
    console.error(
      `[hub] CONTRACT MISMATCH on ${method} ${path} → ${answer.status}: ${problem.message}`,
    );
  }
}

/** The methods the Hub serves; `fetch` cannot even carry some others (TRACE, CONNECT). */
const SERVED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * The Hub's own origin, which answers that name the Hub (gsa-url-base, provider links) are built
 * on: HUB_PUBLIC_ORIGIN, or the loopback address it listens on. Never the request's Host header,
 * which any client sets as it likes.
 */
function publicOrigin() {
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  return process.env.HUB_PUBLIC_ORIGIN ?? `http://localhost:${listening}`;
}

const serverFacts: ServerFacts = { dataFile, requests: emptyRequestCounts() };

const server = createServer(async (request, response) => {
  response.on('finish', () => countRequest(serverFacts.requests, response.statusCode));
  try {
    const target = request.url ?? '/';
    // Origin-form only (`/api/v2.0/…`): an absolute target would name another host.
    if (!target.startsWith('/')) {
      sendJson(response, 400, {
        error: { code: 'bad-request', message: 'The request target must be a path.' },
      });
      return;
    }
    const url = new URL(target, publicOrigin());
    const cors = corsHeaders(request);
    if (!SERVED_METHODS.has(request.method ?? '')) {
      const allow = routesAt(url.pathname.slice(API_PREFIX.length))
        .map((route) => route.method.toUpperCase())
        .join(', ');
      sendJson(
        response,
        405,
        { error: { code: 'method-not-allowed', message: `${request.method} is not served.` } },
        { ...cors, ...(allow ? { Allow: allow } : {}) },
      );
      return;
    }
    if (request.headers.origin && request.headers.origin !== allowedOrigin) {
      sendJson(response, 403, {
        error: { code: 'origin', message: 'This origin may not call the Hub.' },
      });
      return;
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      // Checked before the body is read: only loopback may send a fixture of up to 50 MB.
      if (!isLoopback(request)) {
        sendJson(response, 403, {
          error: { code: 'loopback', message: 'Scenario controls answer on loopback only.' },
        });
        return;
      }
      const raw =
        url.pathname === `${CONTROL_PREFIX}state`
          ? await readBody(request, MAX_STATE_BYTES, stateTooLarge)
          : await readBody(request);
      const answer = await runControl(
        hub,
        request.method ?? 'GET',
        url.pathname,
        raw.toString(),
        serverFacts,
      );
      await store.durable();
      if (!answer) {
        sendJson(response, 404, { error: { code: 'not-found', message: 'No such control.' } });
      } else sendJson(response, answer.status, answer.body, answer.headers);
      return;
    }
    const raw = await readBody(request);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    // The attempt limits count by the socket's address; a copy the client sent is replaced.
    headers.set(CLIENT_ADDRESS_HEADER, request.socket.remoteAddress ?? '');
    const fetchRequest = new Request(url, {
      method: request.method,
      headers,
      body: raw.length > 0 && !['GET', 'HEAD'].includes(request.method ?? '') ? raw : undefined,
    });
    const answer = await getResponse(handlers, fetchRequest);
    // Nothing is answered before what it reports, this request's change or another's, is on disk.
    await store.durable();
    if (!answer) {
      sendJson(response, 404, { error: { code: 'not-found', message: 'No such route.' } }, cors);
      return;
    }
    if (answer.type === 'error') {
      // A simulated network failure: the connection ends without an answer.
      request.socket.destroy();
      return;
    }
    await checkContract(request.method ?? 'GET', url.pathname, answer);
    const outgoing: Record<string, string> = { ...cors };
    answer.headers.forEach((value, name) => {
      outgoing[name] = value;
    });
    let body = Buffer.from(await answer.arrayBuffer());
    // Compressed as a real Hub's front end would: a page of channels shrinks to a fifth.
    if (body.length > 1024 && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      outgoing['content-encoding'] = 'gzip';
      delete outgoing['content-length'];
      outgoing.Vary = outgoing.Vary ? `${outgoing.Vary}, Accept-Encoding` : 'Accept-Encoding';
    }
    response.writeHead(answer.status, outgoing);
    response.end(body);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      sendJson(response, 413, { error: error.answer }, corsHeaders(request));
      // The rest of the body is let through unread, not kept: the client gets to read the 413.
      request.resume();
      return;
    }
    console.error('[hub] Request failed:', error);
    if (!response.headersSent) {
      sendJson(response, 500, { error: { code: 'internal', message: 'The mock Hub failed.' } });
    } else response.end();
  }
});

// Stopping folds the log into the data file, so a stopped Hub leaves one file.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    const done = hub.storageProblem ? store.close() : store.compact(hub.state);
    void done.finally(() => process.exit(0));
  });
}

server.listen(port, '127.0.0.1', () => {
  // HUB_PORT=0 takes a free port: the line names the one the Hub listens on.
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`[hub] Mock Hub on http://localhost:${listening}${API_PREFIX}`);
  console.log(`[hub] Data: ${dataFile}; CORS origin: ${allowedOrigin}`);
});
