import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { callHub, expect, SEED_CHANNELS, test } from './fixtures';

const TWITTER_SERVICE = SEED_CHANNELS.twitterService;

const readChannel = async (page: Page) =>
  (await callHub(page, 'GET', `/channels/${TWITTER_SERVICE}`)).body as {
    keywords: string[];
    version: number;
  } & Record<string, unknown>;
const DAY = 86_400_000;

/** Pastes text into an input as the browser does (a paste event carrying the clipboard data). */
async function paste(input: Locator, text: string) {
  await input.focus();
  await input.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function openTwitterService(page: Page) {
  await page.getByRole('link', { name: '@DemoCorp - Twitter Service' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Twitter Service/ })).toBeVisible();
}

test.describe('listening rules', () => {
  test('pasting a mixed list adds the good entries and says why the others were refused', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await openTwitterService(page);
    const keywords = page.getByLabel('Keywords', { exact: true });
    await paste(keywords, `alpha, beta\nDEMOCORP, , ${'k'.repeat(61)}\n  gamma   ray  ,ALPHA`);
    for (const chip of ['alpha', 'beta', 'gamma ray']) {
      await expect(page.getByRole('button', { name: `Remove ${chip}`, exact: true })).toBeVisible();
    }
    await expect(keywords).toHaveAccessibleDescription(
      `Words, phrases, #hashtags and @mentions to source. Enter or Tab adds; paste a comma- or line-separated list to add many. Not added: “DEMOCORP”: already in the list; “${'k'.repeat(61)}”: more than 60 characters; “ALPHA”: already in the list.`,
    );
    await expect(page.getByRole('list', { name: 'Keywords: 6 entries' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove beta', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Keywords: 5 entries' })).toBeVisible();
  });

  test('every language has its English name, in one alphabetical order everywhere', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await openTwitterService(page);
    await page.getByRole('combobox', { name: 'Languages' }).click();
    const languages = page.getByRole('listbox');
    await expect(languages.getByRole('option', { name: 'Tibetan (bo)' })).toBeAttached();
    const labels = (await languages.getByRole('option').allTextContents()).map((label) =>
      label.trim(),
    );
    expect(labels).toHaveLength(70);
    await page.keyboard.press('Escape');
    await expect(languages).toBeHidden();
    expect(labels.filter((label) => /^(\S+) \(\1\)$/.test(label))).toEqual([]);
    await expect(page.getByLabel('Post language').getByRole('option')).toHaveText(labels);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  test('a broad keyword is warned about, with the best practices a click away', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await openTwitterService(page);
    const keywords = page.getByLabel('Keywords', { exact: true });
    for (const entry of ['#awesome', 'savings account', '#United']) {
      await keywords.fill(entry);
      await keywords.press('Enter');
    }
    const chips = page.getByRole('list', { name: /^Keywords:/ });
    await expect(chips.getByRole('listitem').filter({ hasText: '#awesome' })).toContainText(
      'Generic hashtag',
    );
    await expect(chips.getByRole('listitem').filter({ hasText: 'savings account' })).toContainText(
      'Generic banking term',
    );
    await expect(chips.getByRole('listitem').filter({ hasText: '#United' })).toContainText(
      'Ambiguous name',
    );
    await expect(
      chips.getByRole('listitem').filter({ hasText: 'Demo Corp support' }),
    ).not.toContainText('may source');
    await chips.getByRole('link', { name: 'Best practices' }).first().click();
    await page.getByText('Best practices for keywords').click();
    await expect(page.getByText(/#United brings posts about the United Nations/)).toBeVisible();
    await expectNoAxeViolations('Twitter:Service with warnings');
    // Warnings never block a save.
    await page.getByRole('button', { name: 'Update and Proceed' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();
    expect((await readChannel(page)).keywords).toContain('#awesome');
  });

  test('a keyword spike blocks it for 3 days; earlier re-adds are refused, later ones accepted', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    const result = await page.evaluate(
      (id) => window.mockHub!.simulateKeywordSpike(id, 'DemoCorp', 450),
      TWITTER_SERVICE,
    );
    expect(result).toMatch(/removed and blocked until/);
    await openTwitterService(page);
    const blocked = page.getByRole('group', { name: 'Blocked keywords' });
    await expect(blocked).toContainText('“DemoCorp”: can be added back from');
    await expectNoAxeViolations('Twitter:Service with a blocked keyword');
    await expect(page.getByRole('button', { name: 'Remove DemoCorp', exact: true })).toHaveCount(0);

    const keywords = page.getByLabel('Keywords', { exact: true });
    await keywords.fill('democorp');
    await keywords.press('Enter');
    await expect(keywords).toHaveAccessibleDescription(
      /blocked after a traffic spike; it can be added back from/,
    );

    const channel = await readChannel(page);
    const {
      id: _id,
      version,
      createdAt: _c,
      updatedAt: _u,
      blockedKeywords: _b,
      ...body
    } = channel;
    const refused = await callHub<{ error: { fieldErrors: { keywords: string } } }>(
      page,
      'PUT',
      `/channels/${TWITTER_SERVICE}`,
      { ...body, keywords: [...(body.keywords as string[]), 'DemoCorp'] },
      version,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.fieldErrors.keywords).toMatch(/“DemoCorp” is blocked until/);

    await page.evaluate((days) => window.mockHub!.advanceClock(days), 3 * DAY + 60_000);
    // Three days later the 24-hour session has ended too.
    await signInAs('Admin');
    await openTwitterService(page);
    await expect(page.getByRole('group', { name: 'Blocked keywords' })).toHaveCount(0);
    await keywords.fill('DemoCorp');
    await keywords.press('Enter');
    await expect(page.getByRole('button', { name: 'Remove DemoCorp', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Update and Proceed' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();
    expect((await readChannel(page)).keywords).toContain('DemoCorp');
  });

  test('"Test a post" follows the unsaved form, rule by rule', async ({ page, signInAs }) => {
    await signInAs('Admin');
    await openTwitterService(page);
    const verdict = page.getByRole('status').filter({ hasText: /sourced|Type a sample/ });
    await page.getByLabel('Sample post').fill('Need help from Demo Corp SUPPORT today');
    await expect(verdict).toHaveText(
      'Would be sourced (rule 4): It matches the keyword “Demo Corp support”.',
    );

    await page.getByRole('radio', { name: 'Retweet' }).check();
    await expect(verdict).toContainText('Would not be sourced (rule 1): Skip Retweets is Yes');
    await page.getByRole('radio', { name: 'No', exact: true }).check();
    await expect(verdict).toContainText('Would be sourced (rule 4)');

    await page.getByLabel('Post language').selectOption('de');
    await expect(verdict).toContainText('Would not be sourced (rule 2)');
    await page.getByLabel('Post language').selectOption('fr');
    await expect(verdict).toContainText('Would be sourced');

    const exclusions = page.getByLabel('Exclusions', { exact: true });
    await exclusions.fill('today');
    await exclusions.press('Enter');
    await expect(verdict).toHaveText(
      'Would not be sourced (rule 5): It contains the exclusion “today”.',
    );

    await page.getByLabel('Sample post').fill('@democorp what time is it today');
    await expect(verdict).toContainText('Would not be sourced (rule 5)');
    await page.getByRole('switch', { name: 'Use the specified handles as keywords' }).uncheck();
    await expect(verdict).toContainText(
      'Would be sourced (rule 5): It contains the exclusion “today” but mentions @DemoCorp',
    );

    await page.getByRole('radio', { name: 'Direct message' }).check();
    await page.getByLabel('Sample post').fill('hello there');
    await expect(verdict).toContainText('Would be sourced (rule 3): A direct message');
    await page.getByRole('checkbox', { name: 'Private' }).uncheck();
    await expect(verdict).toContainText(
      'Would not be sourced (rule 1): Direct messages need Private',
    );

    // Nothing of this was saved.
    const stored = await readChannel(page);
    expect(stored).toMatchObject({
      skipRetweets: true,
      exclusions: ['job offer'],
      useHandlesAsKeywords: true,
    });
  });

  test('languages are found by name or code, and he and id find Hebrew and Indonesian', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await openTwitterService(page);
    const find = page.getByRole('combobox', { name: 'Languages' });
    const list = page.getByRole('listbox');
    await find.fill('he');
    await expect(list.getByRole('option', { name: 'Hebrew (iw)' })).toBeVisible();
    await find.fill('id');
    await expect(list.getByRole('option', { name: 'Indonesian (in)' })).toBeVisible();
    await find.fill('japan');
    await expect(list.getByRole('option')).toHaveText(['Japanese (ja)']);
    await find.fill('klingon');
    await expect(list.getByRole('option')).toHaveCount(0);
    await expect(page.getByText('X filters on no language by that name or code.')).toBeVisible();

    // Picked by keyboard: arrows and Enter; Backspace in the empty input drops the last chip.
    await find.fill('japan');
    await find.press('ArrowDown');
    await find.press('Enter');
    await find.press('Escape');
    await expect(list).toBeHidden();
    await expect(find).toBeFocused();
    const chip = page.getByRole('button', { name: 'Remove Japanese (ja)' });
    await expect(chip).toBeVisible();
    await find.press('Backspace');
    await expect(chip).toHaveCount(0);

    await page.getByRole('switch', { name: 'Allow any language' }).check();
    await expect(find).toHaveCount(0);
  });

  test('adding a chip to a list of 400 stays within a frame', async ({
    page,
    signInAs,
  }, testInfo) => {
    await signInAs('Admin');
    await openTwitterService(page);
    const keywords = page.getByLabel('Keywords', { exact: true });
    // The channel has 3 keywords; 388 pasted make 391, then 9 timed adds reach 400. The median of
    // nine keeps one garbage collection or a busy second worker from deciding the figure.
    await paste(keywords, Array.from({ length: 388 }, (_, index) => `keyword ${index}`).join('\n'));
    await expect(page.getByRole('list', { name: 'Keywords: 391 entries' })).toBeVisible();
    const timings: number[] = [];
    for (let count = 392; count <= 400; count += 1) {
      await keywords.fill(`timed keyword ${count}`);
      timings.push(
        await keywords.evaluate(
          (input, expected) =>
            new Promise<number>((resolve) => {
              const list = document.querySelector('ul[aria-label^="Keywords:"]')!;
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (list.children.length === expected) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              });
              observer.observe(list, { childList: true });
              input.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
              );
            }),
          count,
        ),
      );
    }
    const median = [...timings].sort((a, b) => a - b)[4]!;
    const figures = timings.map((time) => time.toFixed(1)).join(', ');
    testInfo.annotations.push({ type: 'chip add near 400 (ms)', description: figures });
    console.log(
      `Adding keyword chips 392 to 400 took ${figures} ms of scripting; median ${median.toFixed(1)} ms.`,
    );
    expect(median).toBeLessThan(16);
    await keywords.fill('one too many');
    await keywords.press('Enter');
    await expect(keywords).toHaveAccessibleDescription(/at most 400 entries/);
  });

  test('keywords import from a CSV file and export to one, and a bad file changes nothing', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await openTwitterService(page);
    const before = (await readChannel(page)).keywords;
    const chooseFile = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import Keywords from file' }).click();
      await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    };
    const keywords = page.getByLabel('Keywords', { exact: true });

    await chooseFile('two-columns.csv', 'Keyword,Note\nlatte,hot');
    await expect(keywords).toHaveAccessibleDescription(
      /two-columns\.csv: The CSV file must have one column; row 1 has 2\. Nothing was added\./,
    );
    await chooseFile(
      'too-many.csv',
      ['Keywords', ...Array.from({ length: 400 }, (_, i) => `k${i}`)].join('\n'),
    );
    await expect(keywords).toHaveAccessibleDescription(
      new RegExp(
        `too-many\\.csv would take Keywords to ${before.length + 400} entries, past the limit of 400\\. Nothing was added\\.`,
      ),
    );
    await expect(
      page.getByRole('list', { name: `Keywords: ${before.length} entries` }),
    ).toBeVisible();

    await chooseFile(
      'from-a-spreadsheet.csv',
      `\uFEFFKeywords\r\n"flat white"\r\n'=SUM(A1)\r\n${before[0]?.toUpperCase()}\r\n`,
    );
    await expect(
      page.getByRole('button', { name: 'Remove flat white', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove =SUM(A1)', exact: true })).toBeVisible();
    await expect(keywords).toHaveAccessibleDescription(/Not added: “.*”: already in the list\./);
    await page.getByRole('button', { name: 'Update and Proceed' }).click();
    await expect
      .poll(async () => (await readChannel(page)).keywords)
      .toEqual([...before, 'flat white', '=SUM(A1)']);

    await expect(page.getByRole('heading', { level: 1, name: 'Connect DMS' })).toBeVisible();
    await page.goto(`/channels/${TWITTER_SERVICE}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Keywords as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('@DemoCorp - Twitter Service keywords.csv');
    const text = readFileSync((await file.path()) ?? '', 'utf8');
    // The seed's keywords need no quotes; the formula is guarded so a spreadsheet shows it as text.
    expect(text).toBe(
      `\uFEFF${['Keywords', ...before, 'flat white', "'=SUM(A1)"].join('\r\n')}\r\n`,
    );
  });
});
