// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setUpTestHub } from './hub-test-client';
import { SEED_CHANNEL_IDS } from './seed';

// A save names the version it read. Only that version, written as a decimal number, matches.
const { call, signIn } = setUpTestHub();
const path = `/channels/${SEED_CHANNEL_IDS.twitterAccount}`;

async function putWith(ifMatch: string | null) {
  const token = await signIn('admin@demo-corp.example');
  const read = await call('GET', path, { token });
  expect(read.body.version).toBe(1);
  return call('PUT', path, {
    token,
    body: { ...read.body, description: 'changed' },
    headers: ifMatch === null ? {} : { 'If-Match': ifMatch },
  });
}

describe('If-Match on PUT', () => {
  it.each(['"1"', '1'])('accepts the version read, %s', async (ifMatch) => {
    expect((await putWith(ifMatch)).status).toBe(200);
  });

  it.each(['"2"', '0x1', '"0x1"', '1.0', '01', 'W/"1"', '"1', '1e0', '" 1"', '*'])(
    'refuses %s with 412',
    async (ifMatch) => {
      const answer = await putWith(ifMatch);
      expect(answer.status).toBe(412);
      expect(answer.body.error.code).toBe('version-mismatch');
    },
  );

  it('asks for it with 428 when it is missing', async () => {
    expect((await putWith(null)).status).toBe(428);
  });
});
