import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getRuntimeConfig,
  loadRuntimeConfig,
  preconnectToHub,
  setHubReady,
  setRuntimeConfig,
  whenHubReady,
} from './runtime-config';

const preconnects = () =>
  Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]'));

afterEach(() => preconnects().forEach((link) => link.remove()));

describe('preconnectToHub', () => {
  it('opens a cookie-less connection to a Hub on another origin', () => {
    preconnectToHub('https://hub.example.com/api/v2.0');
    expect(preconnects().map((link) => [link.href, link.crossOrigin])).toEqual([
      ['https://hub.example.com/', 'anonymous'],
    ]);
  });

  it('adds nothing for a Hub on the console’s own origin', () => {
    preconnectToHub('/api/v2.0');
    preconnectToHub(`${window.location.origin}/api/v2.0`);
    expect(preconnects()).toEqual([]);
  });
});

describe('loadRuntimeConfig', () => {
  const before = getRuntimeConfig();
  afterEach(() => setRuntimeConfig(before));
  const serve = (response: Response) => vi.spyOn(globalThis, 'fetch').mockResolvedValue(response);

  it('reads config.json beside the page, revalidated, and drops trailing slashes', async () => {
    const fetch = serve(
      Response.json({ mode: 'live', hubBaseUrl: 'https://hub.example.com/api/v2.0//' }),
    );
    const expected = { mode: 'live', hubBaseUrl: 'https://hub.example.com/api/v2.0' };
    await expect(loadRuntimeConfig()).resolves.toEqual(expected);
    expect(getRuntimeConfig()).toEqual(expected);
    expect(fetch).toHaveBeenCalledExactlyOnceWith('/config.json', { cache: 'no-cache' });
  });

  it.each([
    {
      case: 'that cannot be read',
      response: () => new Response('', { status: 404 }),
      message: "The console's /c.json could not be read (404).",
    },
    {
      case: 'that is invalid',
      response: () => Response.json({ mode: 'cloud', hubBaseUrl: '/api' }),
      message: /^The console's \/c\.json is invalid: .*mode/s,
    },
  ])('refuses a config $case and keeps the one it had', async ({ response, message }) => {
    serve(response());
    await expect(loadRuntimeConfig('/c.json')).rejects.toThrow(message);
    expect(getRuntimeConfig()).toBe(before);
  });
});

describe('whenHubReady', () => {
  it('waits for what start-up set', () => {
    const ready = new Promise(() => undefined);
    setHubReady(ready);
    expect(whenHubReady()).toBe(ready);
    setHubReady(Promise.resolve());
  });
});
