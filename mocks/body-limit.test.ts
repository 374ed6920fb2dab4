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

  // The bodies are padded with whitespace after the JSON, which a JSON reader skips: a field the
  // contract does not know would be refused.
  const padded = (body: object, bytes: number) => JSON.stringify(body).padEnd(bytes, ' ');

  it('reads a body of exactly the limit', async () => {
    const token = await signIn('admin@demo-corp.example');
    const json = padded({ type: 'Twitter:Account', name: 'Exact' }, MAX_BODY_BYTES);
    expect(json).toHaveLength(MAX_BODY_BYTES);
    expect((await call('POST', '/channels', { token, json })).status).toBe(201);
  });

  it('reads a body just under the limit as usual', async () => {
    const token = await signIn('admin@demo-corp.example');
    const json = padded({ type: 'Twitter:Account', name: 'Padded' }, MAX_BODY_BYTES - 100);
    expect((await call('POST', '/channels', { token, json })).status).toBe(201);
  });

  it('answers 413 one byte past the limit', async () => {
    const token = await signIn('admin@demo-corp.example');
    const json = padded({ type: 'Twitter:Account', name: 'Over' }, MAX_BODY_BYTES + 1);
    expect((await call('POST', '/channels', { token, json })).status).toBe(413);
  });
});
