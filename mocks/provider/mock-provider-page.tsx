import { useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod/mini';
import { facebookPagesSchema } from '../../src/api/channel-schema';
import { facebookPermissions } from '../handlers/channel-handlers';
// Global class names from mock-provider-page.css, which mocks/browser.ts loads in mock mode only.
const styles = {
  brand: 'mock-provider-page__brand',
  buttons: 'mock-provider-page__buttons',
  check: 'mock-provider-page__check',
  done: 'mock-provider-page__done',
  form: 'mock-provider-page__form',
  page: 'mock-provider-page',
};

// Stands in for the provider's own sign-in pages in mock mode. It ends the way the real flow
// does: the Hub saves the token, the window says so, and the console that opened it is told.

export const DONE_MESSAGE = 'hub-console:provider-login-done';

async function failure(response: Response, fallback: string) {
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } };
  return new Error(data?.error?.message ?? fallback);
}

async function complete(body: Record<string, unknown>) {
  const response = await fetch('/api/v2.0/mock-provider/complete', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response, 'The login could not be saved.');
  window.opener?.postMessage({ type: DONE_MESSAGE }, window.location.origin);
}

type FacebookPage = z.infer<typeof facebookPagesSchema>['items'][number];

/** The pages of the account whose channel logs in, as the mock Hub knows them. */
async function fetchPages(state: string): Promise<FacebookPage[]> {
  const response = await fetch(
    `/api/v2.0/mock-provider/facebook-pages?${new URLSearchParams({ state })}`,
  );
  if (!response.ok) throw await failure(response, 'The pages could not be loaded.');
  return facebookPagesSchema.parse(await response.json()).items;
}

function handleFrom(usernameOrEmail: string) {
  const base =
    usernameOrEmail.includes('@') && !usernameOrEmail.startsWith('@')
      ? usernameOrEmail.split('@')[0]!
      : usernameOrEmail;
  return `@${base.replace(/[^A-Za-z0-9_]/g, '').slice(0, 15) || 'Handle'}`;
}

export function MockProviderPage() {
  const provider = window.location.pathname.split('/')[2];
  const state = new URLSearchParams(window.location.search).get('state') ?? '';
  return (
    <main className={styles.page}>
      {provider === 'twitter' ? (
        <TwitterLogin state={state} />
      ) : provider === 'facebook' ? (
        <FacebookLogin state={state} />
      ) : (
        <h1>Unknown provider</h1>
      )}
    </main>
  );
}

function Done({ children }: { children: ReactNode }) {
  return (
    <div role="status" className={styles.done}>
      <h1>{children}</h1>
      <button type="button" onClick={() => window.close()}>
        Close window
      </button>
    </div>
  );
}

function TwitterLogin({ state }: { state: string }) {
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '').trim();
    if (!username || !data.get('password')) {
      setError('Enter your username or email and your password.');
      return;
    }
    try {
      await complete({ state, provider: 'twitter', handle: handleFrom(username) });
      setDone(true);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }
  if (done) return <Done>Access_token successfully saved</Done>;
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <p className={styles.brand}>X (Twitter) · mock sign-in</p>
      <h1>Authorize Hub Console to use your account?</h1>
      {error ? <p role="alert">{error}</p> : null}
      <label>
        Username or email
        <input name="username" autoComplete="username" />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" />
      </label>
      <label className={styles.check}>
        <input name="remember" type="checkbox" /> Remember me
      </label>
      <div className={styles.buttons}>
        <button type="submit">Authorize app</button>
        <button type="button" onClick={() => window.close()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function FacebookLogin({ state }: { state: string }) {
  const [step, setStep] = useState<'sign-in' | 'pages' | 'permissions' | 'done'>('sign-in');
  const [userName, setUserName] = useState('');
  const [pages, setPages] = useState<FacebookPage[]>([]);
  const [pageIds, setPageIds] = useState<string[]>([]);
  const [permissions, setPermissions] = useState(facebookPermissions);
  const [error, setError] = useState('');

  function toggle(list: string[], value: string, on: boolean) {
    return on ? [...list, value] : list.filter((entry) => entry !== value);
  }

  async function finish() {
    try {
      await complete({ state, provider: 'facebook', userName, pageIds, permissions });
      setStep('done');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  if (step === 'done') return <Done>access_token successfully saved, close window.</Done>;
  return (
    <div className={styles.form}>
      <p className={styles.brand}>Facebook · mock sign-in</p>
      {error ? <p role="alert">{error}</p> : null}
      {step === 'sign-in' ? (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const email = String(data.get('email') ?? '').trim();
            if (!email || !data.get('password')) {
              setError('Enter your email or phone and your password.');
              return;
            }
            setError('');
            setUserName(email.split('@')[0] || email);
            fetchPages(state).then(
              (offered) => {
                setPages(offered);
                setPageIds(offered.map((page) => page.id));
                setStep('pages');
              },
              (caught: unknown) =>
                setError(caught instanceof Error ? caught.message : String(caught)),
            );
          }}
        >
          <h1>Log in to Facebook</h1>
          <label>
            Email or phone
            <input name="email" autoComplete="username" />
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="current-password" />
          </label>
          <div className={styles.buttons}>
            <button type="submit">Log in</button>
            <button type="button" onClick={() => window.close()}>
              Cancel
            </button>
          </div>
        </form>
      ) : step === 'pages' ? (
        <fieldset className={styles.form}>
          <legend>Choose the pages Hub Console may use</legend>
          {pages.map((page) => (
            <label key={page.id} className={styles.check}>
              <input
                type="checkbox"
                checked={pageIds.includes(page.id)}
                onChange={(event) => setPageIds(toggle(pageIds, page.id, event.target.checked))}
              />{' '}
              {page.name}
            </label>
          ))}
          <button type="button" onClick={() => setStep('permissions')}>
            Continue
          </button>
        </fieldset>
      ) : (
        <fieldset className={styles.form}>
          <legend>Permissions Hub Console asks for</legend>
          {facebookPermissions.map((permission) => (
            <label key={permission} className={styles.check}>
              <input
                type="checkbox"
                checked={permissions.includes(permission)}
                onChange={(event) =>
                  setPermissions(toggle(permissions, permission, event.target.checked))
                }
              />{' '}
              {permission}
            </label>
          ))}
          {permissions.length < facebookPermissions.length ? (
            <p role="alert">
              Without every permission, the Social Engagement integration may not work.
            </p>
          ) : null}
          <button type="button" onClick={() => void finish()}>
            Done
          </button>
        </fieldset>
      )}
    </div>
  );
}
