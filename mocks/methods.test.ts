// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setUpTestHub } from './hub-test-client';
import { SEED_CHANNEL_IDS } from './seed';

// Requests no route takes get an answer that says why: 405 with Allow, or 404; HEAD is GET
// without the body.
const { call, signIn } = setUpTestHub();
const channel = `/channels/${SEED_CHANNEL_IDS.twitterAccount}`;

describe('methods', () => {
  it.each([
    ['PATCH', channel, 'GET, PUT, DELETE, HEAD'],
    ['GET', '/auth/token', 'POST, DELETE'],
    ['PUT', '/channels', 'GET, POST, HEAD'],
    ['POST', '/me', 'GET, HEAD'],
  ])('%s %s gets 405 with Allow: %s', async (method, path, allow) => {
    const token = await signIn('admin@demo-corp.example');
    const answer = await call(method, path, { token });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('Allow')).toBe(allow);
    expect(answer.body.error.code).toBe('method-not-allowed');
  });

  it('answers 404 for a path the API does not have', async () => {
    const answer = await call('GET', '/nothing/here');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('not-found');
  });

  it('answers HEAD as GET would, without the body', async () => {
    const token = await signIn('admin@demo-corp.example');
    const get = await call('GET', channel, { token });
    const head = await call('HEAD', channel, { token });
    expect(head.status).toBe(200);
    expect(head.body).toBeUndefined();
    expect(head.headers.get('Content-Type')).toBe(get.headers.get('Content-Type'));
    expect((await call('HEAD', channel)).status).toBe(401);
    expect((await call('HEAD', '/channels/aaaaaaaaaaaaaaaaaaaaaaaa', { token })).status).toBe(404);
  });
});

describe('bodies', () => {
  it.each([
    ['text/plain', 415],
    ['application/x-www-form-urlencoded', 415],
    ['application/jsonp', 415],
    ['text/application/json', 415],
    ['application/json; charset=utf-8', 201],
    ['Application/JSON', 201],
  ])('with Content-Type %s get %i', async (type, status) => {
    const token = await signIn('admin@demo-corp.example');
    const answer = await call('POST', '/channels', {
      token,
      body: { type: 'Twitter:Account', name: `Typed ${type}` },
      headers: { 'Content-Type': type },
    });
    expect(answer.status).toBe(status);
  });

  it('are not asked of a POST that sends none, such as a provider login', async () => {
    const token = await signIn('admin@demo-corp.example');
    const answer = await fetch(`http://hub.test/api/v2.0${channel}/authorization`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(200);
  });
});
