import { expect, test } from './fixtures';

test.describe('in the reader’s locale', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  test('dates and numbers follow the browser’s German locale; the words stay English', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    const germanDate = /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/;
    // The Last updated column, found by its header, not its place in the row.
    const headers = await page.getByRole('columnheader').allInnerTexts();
    const lastUpdated = page
      .getByRole('row', { name: /@DemoCorp - Twitter Service/ })
      .getByRole('cell')
      .nth(headers.findIndex((header) => header.trim() === 'Last updated') - 1);
    await expect(lastUpdated).toHaveText(germanDate);

    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await expect(
      page
        .getByRole('row', { name: /Ada Admin/ })
        .getByRole('cell')
        .nth(2),
    ).toHaveText(germanDate);

    await page.getByRole('button', { name: /^Mock Hub/ }).click();
    await page.getByRole('button', { name: 'Load large data set' }).click();
    await expect(page.getByRole('navigation', { name: 'Pages of users' })).toContainText(
      'Page 1 of 200 · 5.000 users',
    );
  });
});
