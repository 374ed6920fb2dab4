import { fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_CHANNEL_IDS } from '../../../mocks/seed';
import { setUpTestHub } from '../../../mocks/hub-test-client';
import type { MockHub } from '../../../mocks/mock-hub';
import { LIST_MAX_ENTRIES } from '../../api/channel-schema';
import { ChipInput } from '../../components/ui/chip-input';
import { sameEntry } from '../../lib/entry';

// The chip editor and the Hub must judge every look-alike keyword the same way: a duplicate the
// page refuses is one the Hub refuses, and the other way round.

const CHANNEL = SEED_CHANNEL_IDS.twitterService;
const { call, signIn, hub: currentHub } = setUpTestHub();
let token = '';
let hub: MockHub;
beforeEach(async () => {
  hub = currentHub();
  token = await signIn('admin@demo-corp.example');
});

function hubRequest(method: string, body?: unknown, version?: number) {
  return call(method, `/channels/${CHANNEL}`, {
    token,
    body,
    headers: version === undefined ? {} : { 'If-Match': `"${version}"` },
  });
}

/** PUTs the channel as read, with other keywords; the Hub's answer. */
async function putKeywords(keywords: string[]) {
  const read = await hubRequest('GET');
  return hubRequest('PUT', { ...read.body, keywords }, read.body.version);
}

/** Adds `typed` in a chip editor that holds `existing`; the refusal shown, or null. */
function pageRefusal(existing: string, typed: string): string | null {
  const view = render(
    <ChipInput
      label="Keywords"
      values={[existing]}
      onChange={() => {}}
      maxEntries={LIST_MAX_ENTRIES}
    />,
  );
  const input = screen.getByRole('textbox', { name: 'Keywords' });
  fireEvent.change(input, { target: { value: typed } });
  fireEvent.keyDown(input, { key: 'Enter' });
  const refusal = screen.queryByText(/^Not added:/)?.textContent ?? null;
  view.unmount();
  return refusal;
}

const toFullwidth = (text: string) =>
  text.replace(/[a-z]/g, (letter) => String.fromCodePoint(letter.charCodeAt(0) - 0x61 + 0xff41));

const LOOK_ALIKES: readonly [string, (text: string) => string][] = [
  ['fullwidth letters', toFullwidth],
  ['combining sequences for precomposed letters', (text) => text.normalize('NFD')],
  ['upper case', (text) => text.toUpperCase()],
  ['title case', (text) => text.replace(/^./u, (first) => first.toUpperCase())],
  ['ZWSP inserted', (text) => `${text.slice(0, 1)}\u200B${text.slice(1)}`],
  ['ZWNJ inserted', (text) => `${text.slice(0, 1)}\u200C${text.slice(1)}`],
  ['NBSP for space', (text) => text.replace(/ /g, '\u00A0')],
  ['two spaces for one', (text) => text.replace(/ /g, '  ')],
  ['Turkish dotless i for i', (text) => text.replace(/i/g, 'ı')],
  ['dotted capital I for i', (text) => text.replace(/i/g, 'İ')],
  ['ss for ß', (text) => text.replace(/ß/g, 'ss')],
  ['capital ẞ for ß', (text) => text.replace(/ß/g, 'ẞ')],
  ['another letter', (text) => `${text}x`],
  ['unchanged', (text) => text],
];

const word = fc.string({
  unit: fc.constantFrom(...'abcdeiklmnorstuzßéüıñ'),
  minLength: 1,
  maxLength: 8,
});
const keyword = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const pair = fc
  .tuple(keyword, fc.constantFrom(...LOOK_ALIKES))
  .map(([original, [how, change]]) => ({ how, original, lookAlike: change(original) }));

describe('look-alike keywords', () => {
  it(
    'the chip editor refuses a duplicate exactly when the Hub refuses it',
    { timeout: 60_000 },
    async () => {
      const verdicts = { refused: 0, accepted: 0 };
      await fc.assert(
        fc.asyncProperty(pair, async ({ how, original, lookAlike }) => {
          const refusal = pageRefusal(original, lookAlike);
          const answer = await putKeywords([original, lookAlike]);
          const hubRefused =
            answer.status === 400 &&
            answer.body.error?.fieldErrors?.keywords === 'Each of the keywords can appear once';
          if (!hubRefused) expect(answer.status, `${how}: ${lookAlike}`).toBe(200);
          expect(refusal !== null, `${how}: page and Hub on ${JSON.stringify(lookAlike)}`).toBe(
            hubRefused,
          );
          if (refusal !== null) expect(refusal).toContain('already in the list');
          verdicts[hubRefused ? 'refused' : 'accepted'] += 1;
        }),
        { numRuns: 50 },
      );
      expect(verdicts.refused).toBeGreaterThan(0);
      expect(verdicts.accepted).toBeGreaterThan(0);
    },
  );

  it.each([
    ['ＧＥＮＥＳＹＳ', 'genesys', true],
    ['cafe\u0301', 'café', true],
    ['Gene\u200Bsys', 'genesys', true],
    ['savings\u00A0account', 'savings account', true],
    ['savings  account', 'savings account', true],
    ['STRASSE', 'straße', true],
    ['ısı', 'isi', false],
    ['café', 'cafe', false],
  ])('%j next to %j: refused by both is %s', async (typed, existing, refused) => {
    expect(pageRefusal(existing, typed) !== null).toBe(refused);
    expect((await putKeywords([existing, typed])).status).toBe(refused ? 400 : 200);
  });

  it('a look-alike of a blocked keyword is blocked at the Hub exactly when it is the same entry', async () => {
    await fc.assert(
      fc.asyncProperty(pair, async ({ how, original, lookAlike }) => {
        const stored = hub.state.channels.find(({ channel }) => channel.id === CHANNEL)?.channel;
        if (stored?.type !== 'Twitter:Service') throw new Error('The seed has no Twitter:Service');
        stored.blockedKeywords = [
          {
            keyword: original,
            blockedUntil: new Date(hub.now().getTime() + 86_400_000).toISOString(),
          },
        ];
        const answer = await putKeywords([lookAlike]);
        expect(answer.status, `${how}: ${JSON.stringify(lookAlike)}`).toBe(
          sameEntry(original, lookAlike) ? 422 : 200,
        );
      }),
      { numRuns: 40 },
    );
    const stored = hub.state.channels.find(({ channel }) => channel.id === CHANNEL)?.channel;
    if (stored?.type === 'Twitter:Service') stored.blockedKeywords = [];
  });

  it('names a forbidden character, on the page and at the Hub', async () => {
    expect(pageRefusal('genesys', 'evil\u202Etxt')).toBe(
      'Not added: “evil\u202Etxt”: contains U+202E RIGHT-TO-LEFT OVERRIDE; remove it.',
    );
    expect(pageRefusal('genesys', 'tab\u0007bell')).toBe(
      'Not added: “tab\u0007bell”: contains U+0007 (a control character); remove it.',
    );
    const answer = await putKeywords(['genesys', 'evil\u2067txt']);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.fieldErrors?.['keywords.1']).toBe(
      '“evil\u2067txt” contains U+2067 RIGHT-TO-LEFT ISOLATE; remove it',
    );
  });

  it('counts characters as the page does: 60 emoji are a keyword, 61 are not', async () => {
    expect((await putKeywords(['🙂'.repeat(60)])).status).toBe(200);
    expect((await putKeywords(['🙂'.repeat(61)])).status).toBe(400);
  });

  it('keeps ZWJ and ZWNJ in stored keywords', async () => {
    expect(pageRefusal('genesys', 'می\u200Cخواهم')).toBeNull();
    const answer = await putKeywords(['می\u200Cخواهم', '👩\u200D💻']);
    expect(answer.status).toBe(200);
    expect((await hubRequest('GET')).body).toMatchObject({
      keywords: ['می\u200Cخواهم', '👩\u200D💻'],
    });
  });
});
