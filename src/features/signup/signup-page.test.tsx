import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestHub } from '../../../mocks/node';
import { MAX_FAILED_ATTEMPTS } from '../../api/hub-route';
import { setRuntimeConfig } from '../../api/runtime-config';
import { SignupPage } from './signup-page';

const { hub, server } = await createTestHub();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  setRuntimeConfig({ mode: 'mock', hubBaseUrl: 'http://localhost/api/v2.0' });
  // Each test starts with no failed sign-ups counted against its names.
  hub.attemptLimits.clear();
});

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/signup', Component: SignupPage },
      { path: '/channels', Component: () => <h1>My Channels</h1> },
    ],
    { initialEntries: ['/signup'] },
  );
  render(<RouterProvider router={router} />);
  // No pause between keystrokes: the tests stay well inside their time limit on a busy machine.
  return userEvent.setup({ delay: null });
}

const field = (label: string | RegExp) => screen.getByLabelText(label);

type User = ReturnType<typeof userEvent.setup>;

/** Pastes a whole value, as autofill or a password manager would: one change per field. */
async function paste(user: User, label: string | RegExp, value: string) {
  await user.click(field(label));
  await user.paste(value);
}

async function fillValid(user: User, account = 'Acme') {
  await paste(user, 'Company/organization name', account);
  await paste(user, 'First Name', 'Ada');
  await paste(user, 'Last Name', 'Lovelace');
  await paste(user, 'Work email', 'ada@acme.example');
  await paste(user, /^Password/, 'analytical engine 1843');
  await paste(user, 'Confirm password', 'analytical engine 1843');
  await user.click(field(/I have read and accept/));
}

describe('SignupPage', () => {
  it('says what is missing when submitted empty, and sends nothing', async () => {
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(field('Company/organization name')).toHaveAccessibleDescription(
      /Enter company\/organization name/,
    );
    expect(field('First Name')).toHaveAccessibleDescription('Enter first name');
    expect(field('Work email')).toHaveAccessibleDescription('Enter an email address');
    expect(field(/I have read and accept/)).toHaveAccessibleDescription(
      'Accept the Legal Terms to continue',
    );
    expect(field('Company/organization name')).toHaveFocus();
  });

  it.each([
    ['whitespace only', 'Company/organization name', '   ', /Enter company\/organization name/],
    [
      '10,000 characters',
      'Company/organization name',
      'x'.repeat(10_000),
      /at most 100 characters/,
    ],
    [
      'a direction override',
      'First Name',
      'a\u202Eb',
      'First Name contains U+202E RIGHT-TO-LEFT OVERRIDE; remove it',
    ],
    ['an incomplete email', 'Work email', 'ada@', /Enter a valid email address/],
    ['a script payload as email', 'Work email', '<script>@x', /Enter a valid email address/],
  ])('refuses %s in %s', async (_case, label, value, message) => {
    const user = renderPage();
    await fillValid(user);
    await user.clear(field(label));
    // Typing 10,000 characters one by one is slow; paste as a person would.
    await paste(user, label, value);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(field(label)).toHaveAccessibleDescription(message));
  });

  it('explains the password policy while typing and refuses mismatched passwords', async () => {
    const user = renderPage();
    await user.type(field(/^Password/), 'short');
    expect(field(/^Password/)).toHaveAccessibleDescription(/Use at least 12 characters \(7 more\)/);
    await user.type(field(/^Password/), ' but now long');
    expect(field(/^Password/)).toHaveAccessibleDescription(/meets the policy/);
    await user.type(field('Confirm password'), 'something else');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    // The form validates through its asynchronous resolver, which may finish after the click.
    await waitFor(() =>
      expect(field('Confirm password')).toHaveAccessibleDescription(
        'The two passwords are not the same',
      ),
    );
  });

  it('says what a short password lacks once, as its error, after Create account', async () => {
    const user = renderPage();
    await user.type(field(/^Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    // The error comes from the asynchronous resolver, which may finish after the click.
    await waitFor(() =>
      expect(field(/^Password/)).toHaveAccessibleDescription(
        '12 to 128 characters; not your email; not a common password. Use at least 12 characters (7 more)',
      ),
    );
    expect(screen.getAllByText(/Use at least 12 characters \(7 more\)/)).toHaveLength(1);
  });

  it('creates the account and shows HTML in the name as plain text, with the API key', async () => {
    const user = renderPage();
    await fillValid(user, '<img src=x onerror=alert(1)> & 🚀');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Your account is ready')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)> & 🚀')).toBeInTheDocument();
    // Any <img> at all, whatever its role.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('img')).toBeNull();
    const apiKey = screen.getAllByRole('definition')[1]!;
    expect(within(apiKey).getByText(/^[0-9a-f]{32}$/)).toBeInTheDocument();
  });

  it(
    'stores the account name with one space where two were typed, and copies that',
    { timeout: 30_000 },
    async () => {
      const user = renderPage();
      await fillValid(user, '  Genesys  QA  ');
      await user.click(screen.getByRole('button', { name: 'Create account' }));
      expect(await screen.findByText('Your account is ready')).toBeInTheDocument();
      // jsdom joins "Copy" and its visually hidden " account name" without the space.
      await user.click(screen.getByRole('button', { name: /^Copy ?account name$/ }));
      expect(await navigator.clipboard.readText()).toBe('Genesys QA');
    },
  );

  it('puts a taken account name on its field', async () => {
    const user = renderPage();
    await fillValid(user, 'DEMO CORP');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(
      await screen.findByText('This account name is already taken; choose another.'),
    ).toBeInTheDocument();
    expect(field('Company/organization name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the wait after too many failed sign-ups, and keeps what was typed', async () => {
    const user = renderPage();
    await fillValid(user, 'DEMO CORP');
    const create = screen.getByRole('button', { name: 'Create account' });
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt += 1) {
      await user.click(create);
      await screen.findByText('This account name is already taken; choose another.');
    }
    await user.click(create);
    const timer = await screen.findByRole('timer');
    expect(timer).toHaveTextContent(/^Too many attempts; try again in (900|899) seconds\.$/);
    expect(screen.getByRole('alert')).toContainElement(timer);
    expect(create).toBeDisabled();
    expect(field('Company/organization name')).toHaveValue('DEMO CORP');
    expect(field('Work email')).toHaveValue('ada@acme.example');
    expect(field('Confirm password')).toHaveValue('analytical engine 1843');
  });
});
