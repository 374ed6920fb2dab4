// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub } from '../node';

const BASE = 'http://hub.test/api/v2.0';
const { server } = await createTestHub();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function post(path: string, body: unknown) {
  const response = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const signUp = (account: string, email: string) =>
  post('/signup', {
    account,
    firstName: 'Ada',
    lastName: 'Lovelace',
    email,
    password: 'analytical engine 1843',
    acceptLegalTerms: true,
  });

const signIn = (account: string) =>
  post('/auth/token', {
    account,
    email: 'ada@genesys-qa.example',
    password: 'analytical engine 1843',
  });

describe('account names at the Hub', () => {
  it('stores the canonical name, signs in by its comparison key and keeps it unique', async () => {
    const created = await signUp('  Genesys  QA  ', 'ada@genesys-qa.example');
    expect(created.status).toBe(201);
    expect(created.body.account).toMatchObject({ name: 'Genesys QA' });

    for (const typed of [
      'Genesys QA',
      'genesys qa',
      'GENESYS\u00A0QA',
      ' Genesys   QA ',
      'Ｇｅｎｅｓｙｓ QA',
    ]) {
      expect((await signIn(typed)).status, JSON.stringify(typed)).toBe(201);
    }
    expect((await signIn('Genesys-QA')).status).toBe(401);

    for (const taken of ['GENESYS QA', 'Genesys\u00A0QA', 'Gene\u200Bsys QA', 'Genesys\tQA']) {
      const again = await signUp(taken, 'grace@genesys-qa.example');
      expect(again.status, JSON.stringify(taken)).toBe(409);
    }
  });

  it('refuses a name with a direction override, naming the character', async () => {
    const refused = await signUp('Genesys\u202EAQ', 'ada@override.example');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      fieldErrors: {
        account: 'Company/organization name contains U+202E RIGHT-TO-LEFT OVERRIDE; remove it',
      },
    });
  });
});
