import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The console's Content Security Policy, for a Hub at `hubBaseUrl`: the one rule that `vite
 * preview` sends as a header, `npm run live-dist` writes into index.html, and the README gives
 * to other servers (decision 0006). Calls may go to the console's own origin and the Hub's only.
 */
export function contentSecurityPolicy(hubBaseUrl: string, delivery: 'header' | 'meta' = 'header') {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ['connect-src', "'self'", ...hubOrigin(hubBaseUrl)].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // A <meta> policy cannot forbid framing: browsers ignore frame-ancestors there, with a warning.
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** The Hub's origin when it is another than the console's; a path alone is the console's own. */
function hubOrigin(hubBaseUrl: string): string[] {
  if (!URL.canParse(hubBaseUrl)) return [];
  const { origin, protocol } = new URL(hubBaseUrl);
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(`The Hub's base URL must be http or https, not ${hubBaseUrl}.`);
  }
  return [origin];
}

/** The Hub base URL a built console's config.json names; none when it cannot be read. */
export function configuredHubBaseUrl(outDir: string): string {
  try {
    const config: unknown = JSON.parse(readFileSync(join(outDir, 'config.json'), 'utf8'));
    if (typeof config === 'object' && config && 'hubBaseUrl' in config) {
      return String(config.hubBaseUrl);
    }
  } catch {
    // No config.json: the console will say so itself; the policy allows its own origin only.
  }
  return '';
}

/**
 * `vite preview` sends the policy for the Hub that the served folder's config.json names, read
 * on each request: any Hub port works, and editing config.json needs no restart.
 */
export function previewSecurityHeaders(): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((_request, response, next) => {
        response.setHeader(
          'Content-Security-Policy',
          contentSecurityPolicy(configuredHubBaseUrl(outDir)),
        );
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.setHeader('Referrer-Policy', 'no-referrer');
        next();
      });
    },
  };
}
