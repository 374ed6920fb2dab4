import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { HUB_PORT, LIVE_PORT, SITE_PORT as PORT } from './e2e/ports';

/**
 * Which Chromium runs the browser tests: CHROMIUM_PATH when set, else Playwright's own build
 * when installed, else the distribution's package at /usr/bin/chromium.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium for the browser tests: install the distribution package (apt-get install chromium), run `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // The longest journeys (four channel types, axe on each page) take 20 s on 2 cores alone.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'mock', testIgnore: 'live/**', use: { browserName: 'chromium' } },
    {
      name: 'live',
      testDir: 'e2e/live',
      use: { browserName: 'chromium', baseURL: `http://localhost:${LIVE_PORT}` },
    },
  ],
  // Started in this order: the build (served in mock mode), the Hub over HTTP started from a
  // fixture (e2e/hub-fixture.json), then the same build configured for live mode against it.
  webServer: [
    {
      command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx tsx mocks/server.ts --seed e2e/hub-fixture.json`,
      url: `http://localhost:${HUB_PORT}/__hub/status`,
      env: {
        HUB_PORT: String(HUB_PORT),
        HUB_DATA_FILE: '.hub-data/e2e-hub.json',
        HUB_CORS_ORIGIN: `http://localhost:${LIVE_PORT}`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npm run live-dist && npx vite preview --outDir dist-live --port ${LIVE_PORT} --strictPort`,
      url: `http://localhost:${LIVE_PORT}`,
      env: { LIVE_HUB_BASE_URL: `http://localhost:${HUB_PORT}/api/v2.0` },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
