import { useState, type FormEvent } from 'react';
import { oneOf } from '../../api/field-errors';
import { useFormMutation } from '../../api/use-form-mutation';
import { setUserPassword } from '../../api/user-api';
import type { User } from '../../api/user-schema';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../lib/password-policy';
import { generatePassword } from '../../lib/password-generator';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { Dialog } from '../../components/ui/dialog';
import { PasswordField } from '../../components/ui/field';
import styles from './users-page.module.css';

/** Sets a user's password; the console never shows it again once the dialog closes. */
export function ResetPasswordDialog({ user, onDone }: { user: User; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const policy = checkPassword(password, user.email);
  const mismatch = confirmation !== password;
  // What the Hub said about the password sent, until it is changed.
  const [hubPasswordError, setHubPasswordError] = useState<string | null>(null);
  const save = useFormMutation({
    mutationFn: (sent: string) => setUserPassword(user.id, sent),
    isField: oneOf(['password'] as const),
    setError: (_field, { message }) => setHubPasswordError(message),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (policy.ok && !mismatch) void save.submit(password);
  }

  function changePassword(next: string) {
    setPassword(next);
    setHubPasswordError(null);
  }

  function generate() {
    const generated = generatePassword();
    changePassword(generated);
    setConfirmation(generated);
  }

  const name = `${user.firstName} ${user.lastName}`;
  return (
    <Dialog open title={`Reset Password of ${name}`} onDismiss={onDone}>
      {save.succeeded ? (
        <div className={styles.form}>
          <Alert tone="success" title="The new password is set">
            <p>
              DMS needs it for the <code>password</code> option, with {user.email} as gsa-user-name.
              Keep it now: the console does not show it again.
            </p>
            <p>
              Anyone signed in as {user.email}, a DMS included, is signed out and must sign in again
              with the new password.
            </p>
          </Alert>
          <Button variant="primary" onClick={onDone}>
            Done
          </Button>
        </div>
      ) : (
        <form className={styles.form} onSubmit={submit} noValidate>
          {save.formMessage ? <Alert tone="error">{save.formMessage}</Alert> : null}
          <PasswordField
            label="New password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => changePassword(event.target.value)}
            description={
              <span aria-live="polite">
                {password === ''
                  ? `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; not the email; not a common password.`
                  : policy.ok
                    ? 'This password meets the policy.'
                    : policy.reason}
              </span>
            }
            error={submitted && !policy.ok ? policy.reason : (hubPasswordError ?? undefined)}
          />
          <PasswordField
            label="Confirm new password"
            autoComplete="new-password"
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            error={submitted && mismatch ? 'The two passwords are not the same' : undefined}
          />
          <div className={styles.actions}>
            <Button onClick={generate}>Generate</Button>
            <CopyButton value={password} what="new password" />
          </div>
          <div className={styles.actions}>
            <Button type="submit" variant="primary" pending={save.pending}>
              Reset Password
            </Button>
            <Button onClick={onDone}>Cancel</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
