// `npm run screenshots`: every route and dialog of the console at a phone's and a laptop's width,
// in the light and the dark theme, as PNG files in screenshots/ (not kept in git). For designers
// and reviewers; not a test: nothing here passes or fails on what the pictures show.
//
// It builds the console, serves it in mock mode on a free port, signs in as the demo Admin and
// visits each screen. SCREENSHOT_WIDTHS=320,390 and SCREENSHOT_ONLY=users narrow a run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const OUT = 'screenshots';
const WIDTHS = (process.env.SCREENSHOT_WIDTHS ?? '390,1366').split(',').map(Number);
const THEMES = ['light', 'dark'] as const;
const HEIGHT = { 390: 844, 1366: 900 } as Record<number, number>;
const only = process.env.SCREENSHOT_ONLY;

type Shot = {
  name: string;
  /** Signed in as the demo Admin first. */
  signedIn: boolean;
  /** Brings the screen up from a signed-in My Channels (or the sign-in page). */
  open: (page: Page) => Promise<void>;
};

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name }).waitFor();
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name }).waitFor();

/** Follows a navigation link, opening the phone's menu first where the links sit in it. */
async function navigate(page: Page, name: string) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('link', { name, exact: true }).click();
  await heading(page, name);
}

async function openChannel(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await heading(page, name);
}

const shots: Shot[] = [
  { name: 'sign-in', signedIn: false, open: async (page) => heading(page, 'Sign in') },
  {
    name: 'sign-up',
    signedIn: false,
    open: async (page) => {
      await page.goto('/signup');
      await page.getByRole('button', { name: 'Create account' }).waitFor();
    },
  },
  {
    name: 'sign-up-legal-terms',
    signedIn: false,
    open: async (page) => {
      await page.goto('/signup');
      await page.getByRole('button', { name: 'Read the Legal Terms' }).click();
      await dialog(page, 'Legal Terms for Social Engagement');
    },
  },
  { name: 'my-channels', signedIn: true, open: async () => {} },
  {
    name: 'my-channels-new-channel',
    signedIn: true,
    open: async (page) => {
      await page.getByRole('button', { name: '+Add Channel' }).click();
      await dialog(page, 'New Channel');
    },
  },
  {
    name: 'my-channels-no-match',
    signedIn: true,
    open: async (page) => {
      await page.goto('/channels?q=nothing-matches-this');
      await page.getByRole('heading', { level: 1, name: 'My Channels' }).waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
  ...(
    [
      ['twitter-account', '@DemoCorp - Twitter Account'],
      ['twitter-service', '@DemoCorp - Twitter Service'],
      ['facebook-account', 'Demo Corp - Facebook Account'],
      ['facebook-service', 'Demo Corp - Facebook Service'],
    ] as const
  ).map(([name, channel]) => ({
    name: `channel-${name}`,
    signedIn: true,
    open: (page: Page) => openChannel(page, channel),
  })),
  {
    name: 'channel-twitter-service-production',
    signedIn: true,
    open: async (page) => {
      await openChannel(page, '@DemoCorp - Twitter Service');
      await page.getByRole('switch', { name: 'Production mode' }).click();
      await dialog(page, /Production mode\?$/);
    },
  },
  {
    name: 'channel-twitter-service-delete',
    signedIn: true,
    open: async (page) => {
      await openChannel(page, '@DemoCorp - Twitter Service');
      await page.getByRole('button', { name: 'Delete channel' }).click();
      await dialog(page, /^Delete the/);
    },
  },
  {
    name: 'connect-dms',
    signedIn: true,
    open: async (page) => {
      await openChannel(page, '@DemoCorp - Twitter Service');
      await page
        .getByRole('link', { name: /Connect DMS/ })
        .first()
        .click();
      await heading(page, 'Connect DMS');
    },
  },
  {
    name: 'users',
    signedIn: true,
    open: async (page) => {
      await navigate(page, 'Users');
    },
  },
  ...(
    [
      ['users-new-user', '+Add User', null, 'New User'],
      ['users-edit-user', 'Edit Val Viewer', null, 'Edit Val Viewer'],
      [
        'users-reset-password',
        'Actions for Val Viewer',
        'Reset Password',
        'Reset Password of Val Viewer',
      ],
      ['users-delete-user', 'Actions for Val Viewer', 'Delete', 'Delete Val Viewer?'],
    ] as const
  ).map(([name, opener, menuItem, title]) => ({
    name,
    signedIn: true,
    open: async (page: Page) => {
      await navigate(page, 'Users');
      await page.getByRole('button', { name: opener }).click();
      if (menuItem) await page.getByRole('menuitem', { name: menuItem }).click();
      await dialog(page, title);
    },
  })),
  {
    name: 'account',
    signedIn: true,
    open: async (page) => {
      await navigate(page, 'Account');
    },
  },
  {
    name: 'session-ended',
    signedIn: true,
    open: async (page) => {
      await page.evaluate(() => window.mockHub?.expireSession());
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      await page.getByRole('link', { name: 'Users', exact: true }).click();
      await dialog(page, 'Your session has ended');
    },
  },
  {
    name: 'not-found',
    signedIn: true,
    open: async (page) => {
      await page.goto('/no-such-page');
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
  },
];

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function main() {
  console.log('Building the console…');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}${build.stderr}`);
  const port = await freePort();
  const preview = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  const base = `http://localhost:${port}`;
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    for (let tries = 0; ; tries += 1) {
      if (
        await fetch(base).then(
          (response) => response.ok,
          () => false,
        )
      )
        break;
      if (tries > 100) throw new Error('vite preview did not start.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    let count = 0;
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        for (const shot of shots.filter((candidate) => !only || candidate.name.includes(only))) {
          // A fresh context a shot: fresh demo data, no dialog left open by the one before.
          const context = await browser.newContext({
            baseURL: base,
            viewport: { width, height: HEIGHT[width] ?? 900 },
            colorScheme: theme,
          });
          const page = await context.newPage();
          await page.goto('/signin');
          await heading(page, 'Sign in');
          if (shot.signedIn) {
            await page.getByRole('button', { name: 'Use demo Admin' }).click();
            await page.getByRole('button', { name: 'Sign in' }).click();
            await heading(page, 'My Channels');
          }
          await shot.open(page);
          const file = `${OUT}/${shot.name}-${width}-${theme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          count += 1;
          await context.close();
        }
      }
    }
    console.log(`${count} screenshots in ${OUT}/.`);
  } finally {
    await browser.close();
    preview.kill();
  }
}

await main();
