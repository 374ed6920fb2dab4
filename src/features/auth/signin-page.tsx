import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { signIn } from '../../api/auth-api';
import { oneOf, placeServerErrors } from '../../api/field-errors';
import { getRuntimeConfig } from '../../api/runtime-config';
import { useAttemptCountdown } from '../../api/use-attempt-countdown';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { PasswordField, TextField } from '../../components/ui/field';
import { PublicPage } from '../../components/ui/public-page';
import { safeNextPath } from './safe-next-path';
import { signInFormSchema, type SignInFormValues } from './signin-form-schema';
import styles from './auth-pages.module.css';

type FieldErrors = Partial<Record<keyof SignInFormValues, string>>;

const signInFields = [
  'account',
  'email',
  'password',
] as const satisfies readonly (keyof SignInFormValues)[];

// Three fields and no dynamic rules: a plain form keeps react-hook-form off the first page
// a visitor loads (see docs/decisions/0003-bundle-budget.md).
export function SignInPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const countdown = useAttemptCountdown();
  const demoUsers = getRuntimeConfig().demoUsers ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (countdown.secondsLeft > 0) return;
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = signInFormSchema.safeParse(data);
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof SignInFormValues;
        next[field] ??= issue.message;
      }
      setErrors(next);
      const firstInvalid = Object.keys(next)[0];
      (formRef.current?.elements.namedItem(firstInvalid ?? '') as HTMLInputElement | null)?.focus();
      return;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      await signIn(parsed.data);
      await navigate(safeNextPath(searchParams.get('next')), { replace: true });
    } catch (error) {
      setSubmitting(false);
      if (countdown.startFor(error)) return;
      if (isApiError(error, 401)) {
        setFormError('The account, email or password is not right.');
        return;
      }
      const placeOnField = (field: keyof SignInFormValues, { message }: { message: string }) =>
        setErrors((current) => ({ ...current, [field]: message }));
      setFormError(placeServerErrors(error, oneOf(signInFields), placeOnField));
    }
  }

  function fillDemoUser(user: { account: string; email: string; password: string }) {
    const form = formRef.current;
    if (!form) return;
    for (const [name, value] of Object.entries(user)) {
      const input = form.elements.namedItem(name);
      if (input instanceof HTMLInputElement) input.value = value;
    }
    setErrors({});
    (form.elements.namedItem('password') as HTMLInputElement | null)?.focus();
  }

  const clearError = (field: keyof SignInFormValues) => () =>
    errors[field] && setErrors({ ...errors, [field]: undefined });

  return (
    <PublicPage title="Sign in">
      <form ref={formRef} className={styles.form} onSubmit={submit} noValidate>
        {countdown.message ? (
          <Alert tone="error">
            {/* A timer is not read out at every tick; the alert is, once, as it appears. */}
            <span role="timer">{countdown.message}</span>
          </Alert>
        ) : formError ? (
          <Alert tone="error">{formError}</Alert>
        ) : null}
        <TextField
          label="Account name"
          name="account"
          autoComplete="organization"
          error={errors.account}
          onChange={clearError('account')}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          error={errors.email}
          onChange={clearError('email')}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          error={errors.password}
          onChange={clearError('password')}
        />
        <Button
          type="submit"
          variant="primary"
          pending={submitting}
          disabled={countdown.secondsLeft > 0}
        >
          {submitting ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      <p>
        New to Social Engagement? <Link to="/signup">Set up your account</Link>
      </p>
      {demoUsers.length > 0 ? (
        <section className={styles.demo} aria-labelledby="demo-users-heading">
          <h2 id="demo-users-heading">Demo users of the mock Hub</h2>
          <p>One click fills the form with a demo user of the account “{demoUsers[0]?.account}”.</p>
          <div className={styles.buttons}>
            {demoUsers.map((user) => (
              <Button key={user.email} onClick={() => fillDemoUser(user)}>
                Use demo {user.label}
              </Button>
            ))}
          </div>
        </section>
      ) : null}
    </PublicPage>
  );
}
