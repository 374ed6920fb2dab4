import { z } from 'zod/mini';

export const runtimeConfigSchema = z.object({
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
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The console's ${url} could not be read (${response.status}).`);
  const parsed = runtimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`The console's ${url} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  current = { ...parsed.data, hubBaseUrl: parsed.data.hubBaseUrl.replace(/\/+$/, '') };
  return current;
}

export function getRuntimeConfig(): RuntimeConfig {
  return current;
}

export function setRuntimeConfig(config: RuntimeConfig) {
  current = config;
}
