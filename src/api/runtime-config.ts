import { z } from 'zod/mini';

const runtimeConfigSchema = z.object({
  mode: z.enum(['mock', 'live']),
  hubBaseUrl: z.string().check(z.minLength(1)),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema> & {
  /** Sign-in shortcuts offered in mock mode only. */
  demoUsers?: readonly DemoUser[];
};
export type DemoUser = { label: string; account: string; email: string; password: string };

let current: RuntimeConfig = { mode: 'mock', hubBaseUrl: '/api/v2.0' };

/** Reads `config.json` beside index.html, so one build serves any Hub. */
export async function loadRuntimeConfig(url = `${import.meta.env.BASE_URL}config.json`) {
  // Revalidated, never taken from the cache unchecked: operators change it without rebuilding.
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`The console's ${url} could not be read (${response.status}).`);
  const parsed = runtimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`The console's ${url} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  current = { ...parsed.data, hubBaseUrl: parsed.data.hubBaseUrl.replace(/\/+$/, '') };
  return current;
}

/**
 * Opens the connection to a Hub on another origin while the page's code is still loading, so
 * that the first request does not wait for it.
 */
export function preconnectToHub(hubBaseUrl: string) {
  const origin = new URL(hubBaseUrl, window.location.href).origin;
  if (origin === window.location.origin) return;
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  // The console's calls carry no cookies: the connection must be the one they can use.
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}

export function getRuntimeConfig(): RuntimeConfig {
  return current;
}

export function setRuntimeConfig(config: RuntimeConfig) {
  current = config;
}

let hubReady: Promise<unknown> = Promise.resolve();

/**
 * The console starts its first requests before start-up has finished (config.json read, and in
 * mock mode the mock Hub started); they wait for this.
 */
export function setHubReady(ready: Promise<unknown>) {
  hubReady = ready;
}

export function whenHubReady() {
  return hubReady;
}
