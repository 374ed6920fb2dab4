import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveSession } from '../../src/api/session-store';
import { acmeSignup, setUpTestHub } from '../hub-test-client';
import { MockHubPanel } from './mock-hub-panel';

const { call, hub } = setUpTestHub();
beforeAll(() => {
  // jsdom has the <dialog> element without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

describe('the Mock Hub panel', () => {
  it("offers only the signed-in account's channels for a keyword spike", async () => {
    const signedUp = await call('POST', '/signup', { body: acmeSignup });
    expect(signedUp.status).toBe(201);
    const token: string = signedUp.body.session.token;
    const created = await call('POST', '/channels', {
      token,
      body: { type: 'Twitter:Service', name: '@Acme - Twitter Service' },
    });
    expect(created.status).toBe(201);
    saveSession(signedUp.body.session, { account: acmeSignup.account, email: acmeSignup.email });

    render(<MockHubPanel hub={hub()} />);
    await userEvent.click(screen.getByRole('button', { name: /^Mock Hub/ }));
    const picker = screen.getByRole('combobox', { name: 'Channel' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a Twitter:Service', '@Acme - Twitter Service']);
  });

  it('offers no channel while signed out', async () => {
    render(<MockHubPanel hub={hub()} />);
    await userEvent.click(screen.getByRole('button', { name: /^Mock Hub/ }));
    const picker = screen.getByRole('combobox', { name: 'Channel' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a Twitter:Service']);
  });
});
