import type { SetupServer } from 'msw/node';

/**
 * Lists each Hub request the server receives as "METHOD /path Authorization", the header being
 * "anonymous" when none is sent: what the console asked, and as whom.
 */
export function recordSentRequests(server: SetupServer) {
  const sent: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname.slice('/api/v2.0'.length);
    sent.push(`${request.method} ${path} ${request.headers.get('Authorization') ?? 'anonymous'}`);
  });
  return sent;
}
