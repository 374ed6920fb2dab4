import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorResponse } from '../../../mocks/hub-http';
import { createTestHub } from '../../../mocks/node';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../../../mocks/seed';
import { bodyTooLarge } from '../../../mocks/hub-http';
import { FAILED_ATTEMPTS_WINDOW_MS, MAX_FAILED_ATTEMPTS } from '../../api/hub-route';
import { setRuntimeConfig } from '../../api/runtime-config';
import { SignInPage } from './signin-page';

const { hub, server } = await createTestHub();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  vi.useRealTimers();
  server.resetHandlers();
  hub.attemptLimits.clear();
});
afterAll(() => server.close());
beforeEach(() => setRuntimeConfig({ mode: 'mock', hubBaseUrl: 'http://localhost/api/v2.0' }));

const ADMIN = 'admin@demo-corp.example';

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/signin', Component: SignInPage },
      { path: '/channels', Component: () => <h1>My Channels</h1> },
    ],
    { initialEntries: ['/signin'] },
  );
  render(<RouterProvider router={router} />);
  return userEvent.setup({ delay: null });
}

type User = ReturnType<typeof userEvent.setup>;

async function fill(user: User, password: string) {
  for (const [label, value] of [
    ['Account name', DEMO_ACCOUNT.name],
    ['Email', ADMIN],
    ['Password', password],
  ]) {
    await user.clear(screen.getByLabelText(label!));
    await user.type(screen.getByLabelText(label!), value!);
  }
}

function expectTypedValuesKept(password: string) {
  expect(screen.getByLabelText('Account name')).toHaveValue(DEMO_ACCOUNT.name);
  expect(screen.getByLabelText('Email')).toHaveValue(ADMIN);
  expect(screen.getByLabelText('Password')).toHaveValue(password);
}

describe('SignInPage', () => {
  it('counts down a lockout, keeps what was typed, and signs in once it is over', async () => {
    // The Hub's clock stands still, so its Retry-After is exact; the page's countdown runs.
    vi.useFakeTimers({ toFake: ['Date'] });
    const user = renderPage();
    await fill(user, 'not the password');
    const signIn = screen.getByRole('button', { name: 'Sign in' });
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) {
      await user.click(signIn);
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The account, email or password is not right.',
      );
    }
    // The lock has 2 seconds left: the Hub's Retry-After says so.
    hub.advanceClock(FAILED_ATTEMPTS_WINDOW_MS - 2_000);
    await user.click(signIn);
    expect(await screen.findByRole('timer')).toHaveTextContent(
      'Too many attempts; try again in 2 seconds.',
    );
    expect(screen.getByRole('alert')).toContainElement(screen.getByRole('timer'));
    expect(signIn).toBeDisabled();
    expectTypedValuesKept('not the password');
    expect(await screen.findByText('Too many attempts; try again in 1 second.')).toBeVisible();
    await expect.poll(() => screen.queryByRole('timer'), { timeout: 3_000 }).toBeNull();
    expect(signIn).toBeEnabled();
    expectTypedValuesKept('not the password');

    hub.advanceClock(2_000);
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(signIn);
    expect(await screen.findByRole('heading', { name: 'My Channels' })).toBeVisible();
  });

  it('says plainly when the Hub refuses a body too large, and keeps what was typed', async () => {
    server.use(
      http.post('*/auth/token', () => errorResponse(413, bodyTooLarge.code, bodyTooLarge.message)),
    );
    const user = renderPage();
    await fill(user, 'some password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(bodyTooLarge.message);
    expectTypedValuesKept('some password');
  });
});
