// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/api/hub-route';
import { setUpTestHub } from './hub-test-client';

// A body over the Hub's limit is refused before any handler reads it.
const { call, signIn, hub } = setUpTestHub();

describe('the body limit', () => {
  it('answers 413 with the error body for a body over the limit, and stores nothing', async () => {
    const token = await signIn('admin@demo-corp.example');
    const before = hub().state.channels.length;
    const answer = await call('POST', '/channels', {
      token,
      body: { type: 'Twitter:Account', name: 'Big', description: 'x'.repeat(MAX_BODY_BYTES) },
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('too-large');
    expect(answer.body.error.message).toContain('1,048,576 bytes');
    expect(hub().state.channels).toHaveLength(before);
  });

  it('reads a body of exactly the limit', async () => {
    const token = await signIn('admin@demo-corp.example');
    const frame = JSON.stringify({ type: 'Twitter:Account', name: 'Exact', pad: '' });
    const pad = 'x'.repeat(MAX_BODY_BYTES - frame.length);
    const body = { type: 'Twitter:Account', name: 'Exact', pad };
    expect(JSON.stringify(body)).toHaveLength(MAX_BODY_BYTES);
    expect((await call('POST', '/channels', { token, body })).status).toBe(201);
  });

  it('reads a body just under the limit as usual', async () => {
    const token = await signIn('admin@demo-corp.example');
    const answer = await call('POST', '/channels', {
      token,
      body: { type: 'Twitter:Account', name: 'Padded', pad: 'x'.repeat(MAX_BODY_BYTES - 100) },
    });
    // Read and checked by the contract: the unknown field is simply not stored.
    expect(answer.status).toBe(201);
  });
});
