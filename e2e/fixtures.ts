import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { watchPageProblems } from './page-problems';

export const DEMO = {
  account: 'Demo Corp',
  password: 'Demo-Console-2026',
  users: {
    Admin: 'admin@demo-corp.example',
    Support: 'support@demo-corp.example',
    Viewer: 'viewer@demo-corp.example',
  },
} as const;

type DemoRole = keyof typeof DEMO.users;

export const DEMO_API_KEY = '7c3e9a1f5b2d4e6a8c0f1b3d5e7a9c2e';

/** The seeded channels of the demo account. */
export const SEED_CHANNELS = {
  twitterAccount: '5af17ad89a7957002123dc2b',
  twitterService: '5af17ad89a7957002123dc2c',
  facebookAccount: '5af17ad89a7957002123dc2d',
  facebookService: '5af17ad89a7957002123dc2e',
};

/**
 * Calls the Hub with the signed-in user's own token, bypassing the UI: what the Hub stored, and
 * what it answers to someone who skips the console.
 */
export async function callHub<Body = Record<string, unknown>>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  ifMatch?: number,
): Promise<{ status: number; body: Body }> {
  return page.evaluate(
    async ({ method, path, body, ifMatch }) => {
      const token = JSON.parse(sessionStorage.getItem('hub-console.session') ?? '{}').token;
      const headers: Record<string, string> = {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      };
      if (ifMatch) headers['If-Match'] = `"${ifMatch}"`;
      const response = await fetch(`/api/v2.0${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body, ifMatch },
  ) as Promise<{ status: number; body: Body }>;
}

type Fixtures = {
  /** Signs in as a demo user of the seeded mock Hub and lands on My Channels. */
  signInAs: (role: DemoRole) => Promise<void>;
  /** Fails the test on any violation axe finds on the page as it is now, in both themes. */
  expectNoAxeViolations: (label: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  // Every test fails on a Content Security Policy violation or an uncaught error in any page.
  context: async ({ context }, use) => {
    const pageProblems = await watchPageProblems(context);
    await use(context);
    pageProblems.expectNone();
  },
  page: async ({ page }, use) => {
    // Any script or HTML payload that managed to run would open a dialog; none must.
    page.on('dialog', (dialog) => {
      if (dialog.type() !== 'confirm')
        throw new Error(`Unexpected ${dialog.type()}: ${dialog.message()}`);
    });
    await use(page);
  },
  signInAs: async ({ page }, use) => {
    await use(async (role) => {
      await page.goto('/signin');
      await page.getByRole('button', { name: `Use demo ${role}` }).click();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();
    });
  },
  expectNoAxeViolations: async ({ page }, use, testInfo) => {
    await use(async (label) => {
      // The second theme's check is extra work the journey's own time did not include.
      testInfo.setTimeout(testInfo.timeout + 10_000);
      // The page follows the system's theme; reduced motion lets colours change at once. The
      // themes differ in colour alone: the dark one is checked for contrast, the rest once.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        const axe = new AxeBuilder({ page });
        const results = await (
          colorScheme === 'dark' ? axe.withRules(['color-contrast']) : axe
        ).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
        );
        expect(summary, `axe violations on ${label}, ${colorScheme} theme`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
    });
  },
});

export { expect };

/** The controls of the mock Hub, through its documented window API. */
export function mockHub(page: Page) {
  return {
    expireSession: () => page.evaluate(() => window.mockHub!.expireSession()),
    failNextRequest: async (kind: 'network' | 'server-error' | 'rate-limit' | 'timeout') => {
      // A part of the page still loading (a channel's History loads after the form) would take
      // the fault meant for the action that follows.
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
      await page.evaluate((fault) => window.mockHub!.failNextRequest(fault), kind);
    },
    setLatency: (milliseconds: number) =>
      page.evaluate((value) => window.mockHub!.setLatency(value), milliseconds),
  };
}
