import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { RETENTION_DAYS, type SignupResult } from '../../api/account-schema';
import { signUp } from '../../api/signup-api';
import { oneOf, placeServerErrors } from '../../api/field-errors';
import { useAttemptCountdown } from '../../api/use-attempt-countdown';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../lib/password-policy';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { Dialog } from '../../components/ui/dialog';
import { PasswordField, TextField } from '../../components/ui/field';
import { CheckboxField } from '../../components/ui/checkbox-field';
import { PublicPage } from '../../components/ui/public-page';
import { useSingleSubmit } from '../../components/ui/use-single-submit';
import {
  signupFields,
  signupFormSchema,
  type SignupFormInput,
  type SignupFormValues,
} from './signup-form-schema';
import styles from './signup-page.module.css';

export function SignupPage() {
  const [created, setCreated] = useState<SignupResult | null>(null);
  return (
    <PublicPage title="Setup your Social Engagement Software">
      {created ? <SignupDone result={created} /> : <SignupForm onCreated={setCreated} />}
    </PublicPage>
  );
}

function SignupForm({ onCreated }: { onCreated: (result: SignupResult) => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [termsOpen, setTermsOpen] = useState(false);
  const countdown = useAttemptCountdown();
  const once = useSingleSubmit();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SignupFormInput, unknown, SignupFormValues>({
    resolver: zodResolver(signupFormSchema),
    mode: 'onTouched',
    defaultValues: {
      account: '',
      firstName: '',
      lastName: '',
      email: '',
      password: '',
      confirmPassword: '',
      acceptLegalTerms: false,
    },
  });
  const [password, email] = useWatch({ control, name: ['password', 'email'] });
  const policy = password ? checkPassword(password, email) : null;

  // A public page: no query client here (it stays off the first visit), so the form itself
  // places the Hub's errors, and a bug is thrown on to the browser's error reporting.
  const onSubmit = handleSubmit((values) =>
    once(async () => {
      setFormError(null);
      const { confirmPassword: _confirmation, ...input } = values;
      let result: SignupResult;
      try {
        result = await signUp({ ...input, acceptLegalTerms: true });
      } catch (error) {
        if (!countdown.startFor(error)) {
          setFormError(placeServerErrors(error, oneOf(signupFields), setError));
        }
        return;
      }
      onCreated(result);
    }),
  );

  return (
    <>
      <p>
        Create your company’s account in the Hub. You become its first Admin. Already have an
        account? <Link to="/signin">Sign in</Link>
      </p>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        {countdown.message ? (
          <Alert tone="error">
            <span role="timer">{countdown.message}</span>
          </Alert>
        ) : formError ? (
          <Alert tone="error">{formError}</Alert>
        ) : null}
        <TextField
          label="Company/organization name"
          description="This is your account name. DMS uses it as gsa-account-name."
          autoComplete="organization"
          error={errors.account?.message}
          {...register('account')}
        />
        <div className={styles.pair}>
          <TextField
            label="First Name"
            autoComplete="given-name"
            error={errors.firstName?.message}
            {...register('firstName')}
          />
          <TextField
            label="Last Name"
            autoComplete="family-name"
            error={errors.lastName?.message}
            {...register('lastName')}
          />
        </div>
        <TextField
          label="Work email"
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...register('email')}
        />
        <PasswordField
          label="Password"
          autoComplete="new-password"
          description={
            <span aria-live="polite">
              {/* Once the policy's reason is the field's error, the help says the rule instead. */}
              {policy === null || errors.password
                ? `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters; not your email; not a common password.`
                : policy.ok
                  ? 'This password meets the policy.'
                  : policy.reason}
            </span>
          }
          error={errors.password?.message}
          {...register('password')}
        />
        <PasswordField
          label="Confirm password"
          autoComplete="new-password"
          error={errors.confirmPassword?.message}
          {...register('confirmPassword')}
        />
        <CheckboxField
          label="I have read and accept the Legal Terms for Social Engagement"
          error={errors.acceptLegalTerms?.message}
          {...register('acceptLegalTerms')}
        />
        <div>
          <Button variant="link" onClick={() => setTermsOpen(true)}>
            Read the Legal Terms
          </Button>
        </div>
        <Button
          type="submit"
          variant="primary"
          pending={isSubmitting}
          disabled={countdown.secondsLeft > 0}
        >
          {isSubmitting ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
      <Dialog
        open={termsOpen}
        title="Legal Terms for Social Engagement"
        onDismiss={() => setTermsOpen(false)}
      >
        <div className={styles.terms}>
          <p>
            Social Engagement connects your social media channels to your contact center through the
            Hub. By creating an account you agree that the Hub processes the posts, messages and
            account data of the channels you connect, keeps message data for {RETENTION_DAYS} days,
            and uses the credentials you authorize only to read and answer on your behalf.
          </p>
          <p>
            You are responsible for the social media accounts you connect, for the licenses your
            deployment needs, and for keeping your API key and passwords confidential.
          </p>
        </div>
        <div className={styles.actions}>
          <Button
            variant="primary"
            onClick={() => {
              setValue('acceptLegalTerms', true, { shouldValidate: true });
              setTermsOpen(false);
            }}
          >
            Accept
          </Button>
          <Button onClick={() => setTermsOpen(false)}>Close</Button>
        </div>
      </Dialog>
    </>
  );
}

function SignupDone({ result }: { result: SignupResult }) {
  const navigate = useNavigate();
  return (
    <div className={styles.form}>
      <Alert tone="success" title="Your account is ready">
        <p>
          Keep the account name and the API key: DMS needs them for the gsa-account-name and
          gsa-api-key options. Only Admins can see the API key again, on the Account page.
        </p>
      </Alert>
      <dl className={styles.values}>
        <dt>Account name</dt>
        <dd>
          <code>{result.account.name}</code>
          <CopyButton value={result.account.name} what="account name" />
        </dd>
        <dt>API key</dt>
        <dd>
          <code>{result.account.apiKey}</code>
          <CopyButton value={result.account.apiKey} what="API key" />
        </dd>
      </dl>
      <Button variant="primary" onClick={() => void navigate('/channels', { replace: true })}>
        Continue to My Channels
      </Button>
    </div>
  );
}
