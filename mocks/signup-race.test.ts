// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setUpTestHub } from './hub-test-client';

// Sign-ups that arrive together with one account name (or look-alikes of it): exactly one wins.
const { call, hub } = setUpTestHub();

const signup = (account: string, index: number) => ({
  account,
  firstName: 'Ada',
  lastName: 'Racer',
  email: `ada${index}@race.example`,
  password: 'a long enough password 2026',
  acceptLegalTerms: true,
});

describe('simultaneous sign-ups', () => {
  it.each([
    ['one name', ['Race Corp']],
    ['look-alike names', ['Race Corp', 'race corp', 'RACE  CORP', 'Ra\u200Bce Corp', 'Ｒace Corp']],
  ])('with %s: one account, every other answer 409', async (_, names) => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (__, index) =>
        call('POST', '/signup', { body: signup(names[index % names.length] ?? '', index) }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
    const stored = hub().state.accounts.filter((account) => /race/i.test(account.name));
    expect(stored).toHaveLength(1);
    // The name is free again for nobody: a later sign-up is refused too.
    expect((await call('POST', '/signup', { body: signup('race corp', 99) })).status).toBe(409);
  });

  it('frees a name whose sign-up failed', async () => {
    const weak = { ...signup('Free Corp', 1), password: 'short' };
    expect((await call('POST', '/signup', { body: weak })).status).toBe(400);
    expect((await call('POST', '/signup', { body: signup('Free Corp', 2) })).status).toBe(201);
  });
});
