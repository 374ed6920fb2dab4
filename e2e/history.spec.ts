import type { Page } from '@playwright/test';
import { expect, SEED_CHANNELS, test } from './fixtures';

const SERVICE_NAME = '@DemoCorp - Twitter Service';

async function openTwitterService(page: Page) {
  await page.getByRole('link', { name: SERVICE_NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Twitter Service/ })).toBeVisible();
}

const historyOf = (page: Page) => page.getByRole('list', { name: `History of ${SERVICE_NAME}` });

test.describe('change history', () => {
  test('a keyword change appears in the channel’s History, by the Admin who made it', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await openTwitterService(page);
    await expect(page.getByRole('heading', { level: 2, name: 'History' })).toBeVisible();
    await expect(page.getByText('No changes recorded in the last 28 days.')).toBeVisible();

    const keywords = page.getByLabel('Keywords', { exact: true });
    await keywords.fill('spring launch');
    await keywords.press('Enter');
    await page.getByRole('button', { name: 'Remove #DemoCorpHelp', exact: true }).click();
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();

    const latest = historyOf(page).getByRole('listitem').first();
    await expect(latest).toContainText('Channel updated');
    await expect(latest).toContainText('by Ada Admin');
    const keywordChanges = latest
      .getByRole('list', { name: 'Changes to Keywords' })
      .getByRole('listitem');
    await expect(keywordChanges).toHaveText(['+added spring launch', '−removed #DemoCorpHelp']);
    await expectNoAxeViolations('Update Channel with its History');
  });

  test('a keyword blocked after a traffic spike appears with the actor Hub', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.evaluate(
      (id) => window.mockHub!.simulateKeywordSpike(id, 'DemoCorp', 450),
      SEED_CHANNELS.twitterService,
    );
    await openTwitterService(page);
    const latest = historyOf(page).getByRole('listitem').first();
    await expect(latest).toContainText('Keyword blocked after a traffic spike');
    await expect(latest).toContainText('by Hub');
    await expect(latest.getByText('removed DemoCorp')).toBeVisible();
    await expect(latest.getByText('added DemoCorp')).toBeVisible();
  });

  test('the Activity page keeps its filters in the URL, with distinct empty states', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: 'Activity', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
    const events = page.getByRole('list', { name: 'Events' });
    await expect(events.getByRole('listitem').first()).toContainText('Signed in');
    await expectNoAxeViolations('Activity');

    await page.getByLabel('Resource').selectOption({ label: 'Users' });
    await page.getByLabel('Event', { exact: true }).selectOption({ label: 'Signed in' });
    await page.getByLabel('Who').selectOption({ label: 'Ada Admin' });
    await expect(page).toHaveURL(
      /\/activity\?resource=user&type=user\.signed-in&actor=ab0000000000000000000001$/,
    );
    await expect(events.getByRole('listitem')).toHaveCount(1);
    await expect(events.getByRole('listitem')).toContainText('Ada Admin');

    await page.reload();
    await expect(page.getByLabel('Event', { exact: true })).toHaveValue('user.signed-in');
    await expect(events.getByRole('listitem')).toHaveCount(1);

    await page.getByLabel('From').fill('2099-01-01');
    await expect(page).toHaveURL(/from=2099-01-01/);
    await expect(page.getByText('No events match these filters')).toBeVisible();
    await expectNoAxeViolations('Activity with no match');
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/\/activity$/);
    await expect(events.getByRole('listitem').first()).toBeVisible();
  });

  test('a Viewer reads channel events only', async ({ page, signInAs }) => {
    await signInAs('Viewer');
    await page.getByRole('link', { name: 'Activity', exact: true }).click();
    await expect(
      page.getByText('Your role, Viewer, reads the history of channels only.'),
    ).toBeVisible();
    await expect(page.getByLabel('Resource')).toHaveCount(0);
    await expect(page.getByText('No activity yet')).toBeVisible();
    await expect(
      page.getByLabel('Event', { exact: true }).getByRole('option', { name: 'Signed in' }),
    ).toHaveCount(0);
  });

  test('a user’s Edit view shows their history', async ({ page, signInAs }) => {
    await signInAs('Admin');
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('button', { name: 'Edit Val Viewer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Val Viewer' });
    await dialog.getByRole('checkbox', { name: 'Support' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);

    await page.getByRole('button', { name: 'Edit Val Viewer' }).click();
    await dialog.getByText('History', { exact: true }).click();
    const latest = dialog
      .getByRole('list', { name: 'History of Val Viewer' })
      .getByRole('listitem');
    await expect(latest.first()).toContainText('Roles changed');
    await expect(latest.first()).toContainText('by Ada Admin');
    await expect(latest.first().getByText('added Support')).toBeVisible();
  });
});
