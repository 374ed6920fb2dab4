import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const DEMO = {
  account: 'Demo Corp',
  password: 'Demo-Console-2026',
  users: {
    Admin: 'admin@demo-corp.example',
    Support: 'support@demo-corp.example',
    Viewer: 'viewer@demo-corp.example',
  },
} as const;

export type DemoRole = keyof typeof DEMO.users;

type Fixtures = {
  /** Signs in as a demo user of the seeded mock Hub and lands on My Channels. */
  signInAs: (role: DemoRole) => Promise<void>;
  /** Fails the test on any violation axe finds on the page as it is now. */
  expectNoAxeViolations: (label: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
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
  expectNoAxeViolations: async ({ page }, use) => {
    await use(async (label) => {
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
      );
      expect(summary, `axe violations on ${label}`).toEqual([]);
    });
  },
});

export { expect };

/** The controls of the mock Hub, through its documented window API. */
export function mockHub(page: Page) {
  return {
    expireSession: () => page.evaluate(() => window.mockHub!.expireSession()),
    failNextRequest: (kind: 'network' | 'server-error' | 'rate-limit' | 'timeout') =>
      page.evaluate((fault) => window.mockHub!.failNextRequest(fault), kind),
    setLatency: (milliseconds: number) =>
      page.evaluate((value) => window.mockHub!.setLatency(value), milliseconds),
  };
}
