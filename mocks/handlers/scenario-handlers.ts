import { delay, http, HttpResponse } from 'msw';
import { MAX_BODY_BYTES } from '../../src/api/hub-route';
import { bodyTooLarge, errorResponse, HUB } from '../hub-http';
import type { MockHub } from '../mock-hub';

/** Runs before every Hub handler: applies the panel's latency and the one-shot fault. */
export function createScenarioHandlers(hub: MockHub) {
  return [
    http.all(`${HUB}/*`, async ({ request }) => {
      // A POST with nothing to send may still carry an empty body, so the bytes are counted.
      const bodyBytes = request.body ? (await request.clone().arrayBuffer()).byteLength : 0;
      if (bodyBytes > MAX_BODY_BYTES) {
        return errorResponse(413, bodyTooLarge.code, bodyTooLarge.message);
      }
      if (
        bodyBytes > 0 &&
        !/^application\/json\s*(;|$)/i.test(request.headers.get('Content-Type') ?? '')
      ) {
        return errorResponse(
          415,
          'unsupported-media-type',
          'Send the body as JSON, with Content-Type: application/json.',
        );
      }
      if (hub.latencyMs > 0) await delay(hub.latencyMs);
      const fault = hub.takeFault();
      if (fault === 'network') return HttpResponse.error();
      if (fault === 'server-error') {
        return errorResponse(500, 'internal', 'The Hub had an internal error (simulated).');
      }
      if (fault === 'rate-limit') {
        return errorResponse(
          429,
          'rate-limited',
          'The Hub is receiving too many requests.',
          undefined,
          {
            'Retry-After': '2',
          },
        );
      }
      if (fault === 'timeout') await delay(hub.timeoutFaultMs);
      return undefined;
    }),
  ];
}
