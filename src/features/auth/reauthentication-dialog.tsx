import { useEffect, useRef, useState } from 'react';
import { describeError, isApiError } from '../../api/api-error';
import { signIn } from '../../api/auth-api';
import { setReauthenticator } from '../../api/client';
import { getSession } from '../../api/session-store';
import { useAttemptCountdown } from '../../api/use-attempt-countdown';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { PasswordField } from '../../components/ui/field';
import styles from './auth-pages.module.css';

type Pending = { resolve: () => void; reject: (reason: Error) => void };

/**
 * While mounted (inside the signed-in shell), a 401 opens this dialog over the page: the page and
 * its forms stay mounted, and the request that failed is retried once the user has signed in.
 */
export function ReauthenticationDialog({ onSignOut }: { onSignOut: () => void }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [identity, setIdentity] = useState({ account: '', email: '' });
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const countdown = useAttemptCountdown();
  const pendingRef = useRef<Pending | null>(null);

  useEffect(() => {
    setReauthenticator(
      () =>
        new Promise<void>((resolve, reject) => {
          const session = getSession();
          setIdentity({ account: session?.account ?? '', email: session?.email ?? '' });
          pendingRef.current = { resolve, reject };
          setPending(pendingRef.current);
        }),
    );
    return () => {
      setReauthenticator(null);
      pendingRef.current?.reject(new Error('The console was closed.'));
    };
  }, []);

  function finish(outcome: 'signed-in' | 'signed-out') {
    const current = pendingRef.current;
    pendingRef.current = null;
    setPending(null);
    setPassword('');
    setError(null);
    if (outcome === 'signed-in') current?.resolve();
    else current?.reject(new Error('Signed out'));
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!password) {
      setError('Enter your password');
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await signIn({ ...identity, password });
      finish('signed-in');
    } catch (caught) {
      if (countdown.startFor(caught)) return;
      setError(isApiError(caught, 401) ? 'The password is not right.' : describeError(caught));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Dialog open={pending !== null} title="Your session has ended">
      <form className={styles.form} onSubmit={submit} noValidate>
        <p>
          Sign in again as <strong>{identity.email}</strong> of <strong>{identity.account}</strong>{' '}
          to continue. Your unsaved work on this page is kept, and what you were doing carries on.
        </p>
        {countdown.message ? (
          <Alert tone="error">
            <span role="timer">{countdown.message}</span>
          </Alert>
        ) : error ? (
          <Alert tone="error">{error}</Alert>
        ) : null}
        <PasswordField
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          // A modal dialog that asks for one thing focuses it, as the dialog's focusing steps do.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <div className={styles.buttons}>
          <Button
            type="submit"
            variant="primary"
            pending={submitting}
            disabled={countdown.secondsLeft > 0}
          >
            Sign in
          </Button>
          <Button
            onClick={() => {
              finish('signed-out');
              onSignOut();
            }}
          >
            Sign out
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
