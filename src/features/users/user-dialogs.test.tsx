import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestHub } from '../../../mocks/node';
import { DEMO_PASSWORD } from '../../../mocks/seed';
import { signIn } from '../../api/auth-api';
import { setRuntimeConfig } from '../../api/runtime-config';
import { updateUser, userQueries } from '../../api/user-api';
import { Toaster } from '../../components/ui/toaster';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserFormDialog } from './user-form-dialog';

const BASE = 'http://localhost/api/v2.0';
const SUPPORT_ID = 'ab0000000000000000000002';
const { server } = await createTestHub();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // jsdom has the <dialog> element without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };
});
afterAll(() => server.close());
beforeEach(async () => {
  setRuntimeConfig({ mode: 'mock', hubBaseUrl: BASE });
  server.resetHandlers();
  await signIn({ account: 'Demo Corp', email: 'admin@demo-corp.example', password: DEMO_PASSWORD });
});

function renderWithClient(ui: React.ReactNode) {
  // The app's error policy is tested in src/app; here the dialogs show their own errors.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      {ui}
      <Toaster />
    </QueryClientProvider>,
  );
  return { queryClient, user: userEvent.setup() };
}

/** Counts the saves of one user that reach the Hub. */
function countPuts(id: string) {
  const puts: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT' && request.url.endsWith(`/users/${id}`)) puts.push(request.url);
  });
  return puts;
}

// Rendering a dialog with the mock Hub is slow on a busy machine; the flows themselves are quick.
describe('Reset Password', { timeout: 30_000 }, () => {
  it("shows the Hub's refusal of the password on the password field", async () => {
    const support = await new QueryClient().fetchQuery(userQueries.detail(SUPPORT_ID));
    // The Hub may refuse for reasons the console cannot check itself (a breached-password list).
    server.use(
      http.post(`${BASE}/users/:id/password`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'invalid',
              message: 'The password does not meet the policy.',
              fieldErrors: { password: 'This password appears in a list of breached passwords.' },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderWithClient(<ResetPasswordDialog user={support} onDone={() => {}} />);
    const password = screen.getByLabelText('New password');
    await user.type(password, 'correct horse battery');
    await user.type(screen.getByLabelText('Confirm new password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Reset Password' }));
    await vi.waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        /This password appears in a list of breached passwords/,
      ),
    );
    expect(password).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('Edit user after someone else saved it', { timeout: 30_000 }, () => {
  it('overwrites only valid values, once however often it is clicked', async () => {
    // The app's error policy is tested in src/app; here the dialogs show their own errors.
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const opened = await queryClient.fetchQuery(userQueries.detail(SUPPORT_ID));
    const onDone = vi.fn();
    const { user } = renderWithClient(<UserFormDialog user={opened} onDone={onDone} />);
    // Someone else saves the user while the dialog is open.
    await updateUser(opened, { firstName: 'Samuel', lastName: 'Support', roles: ['Support'] });

    const dialog = screen.getByRole('dialog', { name: 'Edit Sam Support' });
    const firstName = within(dialog).getByLabelText('First Name');
    await user.clear(firstName);
    await user.type(firstName, 'Sammy');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const conflict = await within(dialog).findByRole('alert');
    expect(conflict).toHaveTextContent('Someone else saved this user since you opened it');

    const puts = countPuts(SUPPORT_ID);
    await user.clear(firstName);
    await user.click(within(conflict).getByRole('button', { name: 'Overwrite with mine' }));
    await vi.waitFor(() => expect(firstName).toHaveAttribute('aria-invalid', 'true'));
    expect(puts).toHaveLength(0);

    await user.type(firstName, 'Sammy');
    // The Hub takes a moment, as a real one does: the second click comes while the first is sent.
    server.use(http.put(`${BASE}/users/:id`, () => delay(300)));
    const overwrite = within(conflict).getByRole('button', { name: 'Overwrite with mine' });
    await user.dblClick(overwrite);
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(puts).toHaveLength(1);
    const stored = await new QueryClient().fetchQuery(userQueries.detail(SUPPORT_ID));
    expect(stored.firstName).toBe('Sammy');
  });
});
