// Writes the Hub contract as an OpenAPI 3.1 document, generated from the console's zod schemas
// and route table, and the mock Hub's scenario controls as a second one, from the schemas that
// check their bodies. `--check` fails when a committed document is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod/mini';
import {
  ADDRESS_ATTEMPTS_WINDOW_MS,
  FAILED_ATTEMPTS_WINDOW_MS,
  MAX_ATTEMPTS_PER_ADDRESS,
  MAX_BODY_BYTES,
  MAX_FAILED_ATTEMPTS,
} from '../src/api/hub-route';
import { allHubRoutes, errorBodySchema } from '../src/api/routes';
import { MAX_STATE_BYTES } from '../mocks/hub-fixture';
import { hubControls } from '../mocks/scenario-controls';

const statusText: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  400: 'Invalid request; fieldErrors name the fields',
  401: 'No valid session (or wrong credentials on auth/token)',
  403: 'The role may not do this',
  404: 'Not found',
  409: 'Name or email taken',
  412: 'Version mismatch: someone else saved first',
  413: `The body is over ${MAX_BODY_BYTES} bytes`,
  415: 'The body is not sent as application/json',
  422: 'Refused: incomplete channel for Active, blocked keyword, last Admin, a reused Idempotency-Key, …',
  428: 'If-Match missing',
  429: 'Too many requests; see Retry-After',
  500: 'Hub error',
};

const tooManyAttempts = `Too many attempts: after ${MAX_FAILED_ATTEMPTS} failed ones per account and email within ${FAILED_ATTEMPTS_WINDOW_MS / 60_000} minutes, or ${MAX_ATTEMPTS_PER_ADDRESS} per client address within ${ADDRESS_ATTEMPTS_WINDOW_MS / 1000} seconds; see Retry-After. Clients show the wait and do not retry on their own.`;

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output') {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete (json as Record<string, unknown>).$schema;
  return json;
}

export function buildOpenApi() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of allHubRoutes) {
    const parameters: unknown[] = [];
    for (const match of route.path.matchAll(/\{([^}]+)\}/g)) {
      parameters.push({
        name: match[1],
        in: 'path',
        required: true,
        schema: { type: 'string', pattern: '^[0-9a-f]{24}$' },
      });
    }
    if (route.query) {
      type ObjectSchema = { properties?: Record<string, unknown>; required?: string[] };
      // Whether a parameter may be left out is a matter of what is sent; its schema describes the
      // value its text stands for (`page=2` is the integer 2), which is what parsing gives.
      const sent = schemaOf(route.query, 'input') as ObjectSchema;
      const read = schemaOf(route.query, 'output') as ObjectSchema;
      for (const name of Object.keys(sent.properties ?? {})) {
        parameters.push({
          name,
          in: 'query',
          required: sent.required?.includes(name) ?? false,
          schema: read.properties?.[name],
        });
      }
    }
    if (route.idempotent) {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'A key per user action, kept 24 hours for the user who sent it: a repeat with the same body gets the first answer, a repeat with another body gets 422',
        schema: { type: 'string', maxLength: 100 },
      });
    }
    if (route.ifMatch) {
      parameters.push({
        name: 'If-Match',
        in: 'header',
        required: true,
        description: 'The version read, in quotes: "3"',
        schema: { type: 'string' },
      });
    }
    const responses: Record<string, unknown> = {
      [route.success.status]: route.success.schema
        ? {
            description: statusText[route.success.status],
            content: { 'application/json': { schema: schemaOf(route.success.schema, 'output') } },
          }
        : { description: statusText[route.success.status] },
    };
    for (const status of route.errors) {
      responses[status] = {
        description: status === 429 && route.attemptLimited ? tooManyAttempts : statusText[status],
        ...(status === 429
          ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds' } } }
          : {}),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method] = {
      summary: route.summary,
      ...(route.auth ? {} : { security: [] }),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hub API',
      version: '2.0',
      description:
        "The API of the Hub, the cloud side of Social Engagement, as Hub Console uses it. Generated from the console's schemas (npm run openapi).",
    },
    servers: [{ url: '/api/v2.0' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: schemaOf(errorBodySchema, 'output') },
    },
    paths,
  };
}

/** The scenario controls of `npm run hub`: not part of the Hub contract, a tool for tests. */
export function buildHubControlsOpenApi() {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  for (const control of hubControls) {
    // A control that takes nothing still accepts an empty body or `{}`.
    const required = !control.body.safeParse({}).success;
    paths[control.path] ??= {};
    paths[control.path]![control.method.toLowerCase()] = {
      summary: control.summary,
      ...(control.method === 'GET'
        ? {}
        : {
            requestBody: {
              required,
              content: { 'application/json': { schema: schemaOf(control.body, 'input') } },
            },
          }),
      responses: {
        200: {
          description: 'Done',
          content: { 'application/json': { schema: schemaOf(control.answer, 'output') } },
        },
        ...(control.method === 'GET'
          ? {}
          : { 400: error('Invalid body; the message names the problem and the valid values') }),
        ...(control.notFound
          ? {
              404: {
                description: control.notFound,
                content: { 'application/json': { schema: schemaOf(control.answer, 'output') } },
              },
            }
          : {}),
        403: error('Not sent from loopback'),
        405: error('Another method; Allow names the one(s) taken'),
        413: error(
          control.path === '/__hub/state'
            ? `The body is over ${MAX_STATE_BYTES} bytes`
            : `The body is over ${MAX_BODY_BYTES} bytes`,
        ),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mock Hub scenario controls',
      version: '1',
      description:
        'The controls of the mock Hub served by npm run hub, for scripted tests: they answer on loopback only. A control that changes the Hub takes POST; the reads (status, the state export) take GET; the state import takes PUT. Generated from the schemas that check the bodies (npm run openapi).',
    },
    servers: [{ url: '/' }],
    components: { schemas: { Error: schemaOf(errorBodySchema, 'output') } },
    paths,
  };
}

const documents = [
  { file: 'openapi.json', document: buildOpenApi() },
  { file: 'openapi.hub-controls.json', document: buildHubControlsOpenApi() },
];
let outOfDate = false;
for (const { file, document } of documents) {
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (committed !== text) {
      console.error(`${file} is out of date with the schemas: run npm run openapi and commit it.`);
      outOfDate = true;
    } else {
      console.log(`${file} matches the schemas (${Object.keys(document.paths).length} paths).`);
    }
  } else {
    writeFileSync(file, text);
    console.log(`Wrote ${file}.`);
  }
}
if (outOfDate) process.exit(1);
