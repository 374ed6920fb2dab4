import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { callHub, expect, SEED_CHANNELS, test } from './fixtures';

type StoredChannel = Record<string, unknown> & {
  id: string;
  name: string;
  version: number;
  keywords: string[];
};

const PASSWORD = 'correct horse battery 42';

const readChannel = async (page: Page, id: string) =>
  (await callHub<StoredChannel>(page, 'GET', `/channels/${id}`)).body;

/** A PUT of the channel as the Hub has it with some fields changed: someone else's save. */
async function saveAsSomeoneElse(page: Page, id: string, changes: Record<string, unknown>) {
  const {
    id: _id,
    version,
    createdAt: _c,
    updatedAt: _u,
    blockedKeywords: _b,
    ...body
  } = await readChannel(page, id);
  const saved = await callHub(page, 'PUT', `/channels/${id}`, { ...body, ...changes }, version);
  expect(saved.status).toBe(200);
}

/** Clicks the button that opens a file picker and picks a file with this content. */
async function chooseFile(page: Page, button: string, name: string, content: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

async function exportConfiguration(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export configuration' }).click();
  const file = await download;
  return {
    fileName: file.suggestedFilename(),
    text: await readFile((await file.path())!, 'utf8'),
  };
}

test.describe('channel configuration portability', () => {
  test('exported from one account, imported into another as a new channel, with its warnings', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    // A sign-up hashes a password at full strength in the page.
    test.setTimeout(120_000);
    await signInAs('Admin');
    await saveAsSomeoneElse(page, SEED_CHANNELS.twitterService, {
      keywords: ['DemoCorp', '#awesome', 'Demo Corp support'],
      messageTypes: { private: true, public: true, complianceEvents: false },
    });
    await page.goto(`/channels/${SEED_CHANNELS.twitterService}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Update ‘@DemoCorp - Twitter Service’ Channel',
    );
    const exported = await exportConfiguration(page);
    expect(exported.fileName).toBe('@DemoCorp - Twitter Service.json');
    const config = JSON.parse(exported.text);
    expect(config).toMatchObject({
      format: 'hub-console/channel-config',
      version: 1,
      type: 'Twitter:Service',
      name: '@DemoCorp - Twitter Service',
      settings: { keywords: ['DemoCorp', '#awesome', 'Demo Corp support'] },
    });
    expect(exported.text).not.toContain(SEED_CHANNELS.twitterService);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto('/signup');
    await page.getByLabel('Company/organization name').fill('Lab Two Corp');
    await page.getByLabel('First Name').fill('Lin');
    await page.getByLabel('Last Name').fill('Ops');
    await page.getByLabel('Work email').fill('lin@labtwo.example');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByLabel(/I have read and accept the Legal Terms/).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('button', { name: 'Continue to My Channels' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My Channels' })).toBeVisible();

    await page.getByRole('button', { name: '+Add Channel' }).click();
    const dialog = page.getByRole('dialog', { name: 'New Channel' });
    await chooseFile(page, 'Import from file', exported.fileName, exported.text);
    await expect(dialog.getByText('Channel Type: Twitter:Service')).toBeVisible();
    await expect(dialog.getByLabel('Channel Name')).toHaveValue('@DemoCorp - Twitter Service');
    const keywordsAdded = dialog.getByRole('list', { name: 'Keywords added' });
    await expect(keywordsAdded.getByRole('listitem')).toHaveText([
      '+ DemoCorp',
      '+ #awesome',
      '+ Demo Corp support',
    ]);
    await expect(dialog.getByRole('list', { name: 'Languages added' })).toContainText(
      'English (en)',
    );
    const warnings = dialog.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
    await expect(warnings).toHaveCount(3);
    await expect(warnings.nth(0)).toHaveText(
      '@DemoCorp has no authorized Twitter:Account channel in this account.',
    );
    await expect(warnings.nth(1)).toContainText('“#awesome”:');
    await expect(warnings.nth(2)).toContainText('X requires Compliance Events');
    await expectNoAxeViolations('New Channel from a file');

    await dialog.getByLabel('Channel Name').fill('@LabTwo - Twitter Service');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Update ‘@LabTwo - Twitter Service’ Channel',
    );
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const stored = await readChannel(page, id);
    expect(stored).toMatchObject({
      ...config.settings,
      name: '@LabTwo - Twitter Service',
      description: config.description,
      type: 'Twitter:Service',
      status: 'Suspended',
      production: false,
      version: 1,
    });
    const all = await callHub<{ total: number }>(page, 'GET', '/channels');
    expect(all.body.total).toBe(1);
  });

  test('a Facebook:Service file takes the Outbound Channel the admin picks, and its granted pages', async ({
    page,
    signInAs,
  }) => {
    await signInAs('Admin');
    await page.goto(`/channels/${SEED_CHANNELS.facebookService}`);
    const exported = await exportConfiguration(page);
    const config = JSON.parse(exported.text);
    expect(config.settings).not.toHaveProperty('outboundChannelId');
    // The third page of the account is not granted to its Facebook:Account channel.
    config.settings.pageIds = ['104729185532017', '104729185532019'];
    config.settings.queueHistoryWindow = 86_400;

    await page.getByRole('link', { name: 'My Channels' }).first().click();
    await page.getByRole('button', { name: '+Add Channel' }).click();
    await chooseFile(page, 'Import from file', 'facebook.json', JSON.stringify(config));
    const dialog = page.getByRole('dialog', { name: 'New Channel' });
    await dialog.getByLabel('Channel Name').fill('Demo Corp - Facebook Service EU');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(dialog.getByLabel('Outbound Channel')).toHaveAccessibleDescription(
      /Choose the Outbound Channel/,
    );
    await dialog
      .getByLabel('Outbound Channel')
      .selectOption({ label: 'Demo Corp - Facebook Account' });
    await expect(
      dialog.getByRole('list', { name: 'Facebook Pages added' }).getByRole('listitem'),
    ).toHaveText(['+ Demo Corp (104729185532017)']);
    await expect(dialog.getByRole('list', { name: 'Warnings' })).toHaveText(
      'Page 104729185532019 is not granted to the chosen Outbound Channel; it is left out.',
    );
    await expect(dialog.getByText('604,800 seconds → 86,400 seconds')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Update ‘Demo Corp - Facebook Service EU’ Channel',
    );
    const stored = await readChannel(page, new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(stored).toMatchObject({
      outboundChannelId: SEED_CHANNELS.facebookAccount,
      pageIds: ['104729185532017'],
      queueHistoryWindow: 86_400,
    });
  });

  test('an import onto a channel someone saved meanwhile is compared again with their version', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    const id = SEED_CHANNELS.twitterService;
    await page.goto(`/channels/${id}`);
    const exported = await exportConfiguration(page);
    const config = JSON.parse(exported.text);
    config.settings.keywords = ['DemoCorp', 'espresso'];
    config.settings.rpcCacheTimeout = 30;
    const before = await readChannel(page, id);

    await chooseFile(page, 'Import configuration', 'lab.json', JSON.stringify(config));
    const dialog = page.getByRole('dialog', { name: 'Import configuration' });
    await expect(dialog.getByRole('list', { name: 'Keywords added' })).toHaveText('+ espresso');
    await expect(
      dialog.getByRole('list', { name: 'Keywords removed' }).getByRole('listitem'),
    ).toHaveText(['− #DemoCorpHelp', '− Demo Corp support']);
    await expect(dialog.getByText('90 seconds → 30 seconds')).toBeVisible();
    await expectNoAxeViolations('Import configuration');

    await saveAsSomeoneElse(page, id, {
      keywords: [...before.keywords, 'latte'],
      rpcCacheTimeout: 45,
    });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'Someone else saved this channel meanwhile',
    );
    await expect(
      dialog.getByRole('list', { name: 'Keywords removed' }).getByRole('listitem'),
    ).toHaveText(['− #DemoCorpHelp', '− Demo Corp support', '− latte']);
    await expect(dialog.getByText('45 seconds → 30 seconds')).toBeVisible();
    expect((await readChannel(page, id)).version).toBe(before.version + 1);

    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText('Imported: the channel now has the file’s settings.'),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Keywords: 2 entries' })).toBeVisible();
    await expect(page.getByLabel('RPC cache timeout')).toHaveValue('30');
    expect(await readChannel(page, id)).toMatchObject({
      keywords: ['DemoCorp', 'espresso'],
      rpcCacheTimeout: 30,
      version: before.version + 2,
      name: before.name,
      status: before.status,
    });
  });

  test('duplicate makes a new channel under a new name, without the provider login', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    await page.goto(`/channels/${SEED_CHANNELS.facebookService}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Update ‘Demo Corp - Facebook Service’ Channel',
    );
    const source = await readChannel(page, SEED_CHANNELS.facebookService);
    await page.getByRole('button', { name: 'Duplicate' }).click();
    const dialog = page.getByRole('dialog', { name: 'New Channel' });
    await expect(dialog.getByLabel('Channel Name')).toHaveValue(
      'Demo Corp - Facebook Service copy',
    );
    await expect(dialog.getByLabel('Outbound Channel')).toHaveValue(SEED_CHANNELS.facebookAccount);
    await expect(dialog.getByRole('list', { name: 'Facebook Pages added' })).toHaveText(
      '+ Demo Corp (104729185532017)',
    );
    await expectNoAxeViolations('Duplicate');
    // Names are unique in the account, whatever their case.
    await dialog.getByLabel('Channel Name').fill('demo corp - facebook service');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(dialog.getByLabel('Channel Name')).toHaveAccessibleDescription(
      /Another channel of this account has this name/,
    );
    await dialog.getByLabel('Channel Name').fill('Demo Corp - Facebook Service (production)');
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Update ‘Demo Corp - Facebook Service (production)’ Channel',
    );
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(id).not.toBe(SEED_CHANNELS.facebookService);
    const copy = await readChannel(page, id);
    expect(copy).toMatchObject({
      type: 'Facebook:Service',
      outboundChannelId: source.outboundChannelId,
      pageIds: source.pageIds,
      queueHistoryWindow: source.queueHistoryWindow,
      status: 'Suspended',
      production: false,
    });

    await page.goto(`/channels/${SEED_CHANNELS.twitterAccount}`);
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await dialog.getByRole('button', { name: 'Save and Proceed' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Update ‘@DemoCorp - Twitter Account copy’ Channel',
    );
    const account = await readChannel(page, new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(account).toMatchObject({ type: 'Twitter:Account', authorization: null });
  });

  test('a bad file is refused with a clear error, and nothing changes', async ({
    page,
    signInAs,
    expectNoAxeViolations,
  }) => {
    await signInAs('Admin');
    const id = SEED_CHANNELS.twitterService;
    await page.goto(`/channels/${id}`);
    const config = JSON.parse((await exportConfiguration(page)).text);
    const spike = await page.evaluate(
      (channelId) => window.mockHub!.simulateKeywordSpike(channelId, 'DemoCorp', 450),
      id,
    );
    expect(spike).toMatch(/blocked until/);
    const before = await readChannel(page, id);

    const bad: [string, string | Buffer, RegExp][] = [
      ['broken.json', '{"format":', /The file is not valid JSON\./],
      [
        'later.json',
        JSON.stringify({ ...config, version: 2 }),
        /format version is 2; this console reads version 1/,
      ],
      [
        'extra.json',
        JSON.stringify({ ...config, settings: { ...config.settings, colour: 'blue' } }),
        /settings: Unknown field "colour"/,
      ],
      [
        'hostile.json',
        JSON.stringify({
          ...config,
          settings: { ...config.settings, exclusions: ['evil\u202Etxt'] },
        }),
        /settings\.exclusions\[0\]: “evil\uFFFDtxt” contains U\+202E/,
      ],
      ['blocked.json', JSON.stringify(config), /“DemoCorp” is blocked after a traffic spike/],
      ['huge.json', Buffer.alloc(1_048_577, ' '), /larger than 1 MB/],
    ];
    for (const [name, content, error] of bad) {
      await chooseFile(page, 'Import configuration', name, content);
      const alert = page.getByRole('alert').filter({ hasText: `${name} cannot be imported` });
      await expect(alert).toContainText('Nothing was changed.');
      await expect(alert).toContainText(error);
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    await expectNoAxeViolations('a refused configuration file');
    expect(await readChannel(page, id)).toEqual(before);

    await page.getByRole('link', { name: 'My Channels' }).first().click();
    await page.getByRole('button', { name: '+Add Channel' }).click();
    await chooseFile(page, 'Import from file', 'broken.json', '{"format":');
    const dialog = page.getByRole('dialog', { name: 'New Channel' });
    await expect(dialog.getByRole('alert')).toContainText(
      'broken.json cannot be imported. Nothing was created.',
    );
    await expect(dialog.getByLabel('Channel Type')).toHaveValue('');
    const all = await callHub<{ total: number }>(page, 'GET', '/channels');
    expect(all.body.total).toBe(4);
  });

  test('on a phone, the import dialog fits the screen', async ({ page, signInAs }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs('Admin');
    await page.goto(`/channels/${SEED_CHANNELS.twitterService}`);
    const config = JSON.parse((await exportConfiguration(page)).text);
    config.settings.keywords = ['DemoCorp', 'a rather long keyword for a narrow screen'];
    await chooseFile(page, 'Import configuration', 'phone.json', JSON.stringify(config));
    await expect(page.getByRole('dialog', { name: 'Import configuration' })).toBeVisible();
    const overflow = await page.evaluate(() => {
      const dialog = document.querySelector('dialog[open]');
      return {
        page: document.documentElement.scrollWidth - window.innerWidth,
        dialog: dialog ? dialog.scrollWidth - dialog.clientWidth : -1,
      };
    });
    expect(overflow).toEqual({ page: 0, dialog: 0 });
  });

  test('readers export, but neither import nor duplicate', async ({ page, signInAs }) => {
    await signInAs('Viewer');
    await page.goto(`/channels/${SEED_CHANNELS.twitterService}`);
    const exported = await exportConfiguration(page);
    expect(JSON.parse(exported.text)).toMatchObject({ type: 'Twitter:Service' });
    await expect(page.getByRole('button', { name: 'Import configuration' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Duplicate' })).toHaveCount(0);
  });
});
