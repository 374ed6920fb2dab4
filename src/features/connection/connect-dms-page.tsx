import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { accountQueries, meQueries } from '../../api/account-api';
import { describeError } from '../../api/api-error';
import { channelQueries } from '../../api/channel-api';
import { checkDmsConnection } from '../../api/connection-api';
import { can } from '../../api/permissions';
import { useFormMutation } from '../../api/use-form-mutation';
import { userQueries } from '../../api/user-api';
import { MAX_PAGE_SIZE } from '../../api/page-schema';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { LoadFailed } from '../../components/ui/list-page';
import { CopyButton } from '../../components/ui/copy-button';
import { downloadText } from '../../components/ui/download';
import { PasswordField } from '../../components/ui/field';
import { SecretValue } from '../../components/ui/secret-value';
import { renderDmsConfig, type DmsSection } from '../../lib/dms-config';
import styles from './connect-dms-page.module.css';
import tableStyles from '../../components/ui/data-table.module.css';

/** "Connect DMS": the option values of the driver's section, a .cfg, and a real check. */
export function ConnectDmsPage() {
  const { channelId = '' } = useParams();
  const { data: me } = useQuery(meQueries.current());
  const mayReveal = can(me?.user, 'account:reveal-key');
  const channel = useQuery(channelQueries.detail(channelId));
  const queryClient = useQueryClient();
  // The key stays masked until an Admin reveals it, as on the Account page.
  const account = useQuery(accountQueries.detail({ reveal: false }));
  const [revealed, setRevealed] = useState(false);
  const revealedAccount = useQuery({
    ...accountQueries.detail({ reveal: true }),
    enabled: mayReveal && revealed,
  });
  const admins = useQuery(userQueries.list({ role: 'Admin', page: 1, pageSize: MAX_PAGE_SIZE }));
  const [chosenUser, setChosenUser] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [downloadProblem, setDownloadProblem] = useState<string | null>(null);
  /** The key in clear, for the file and the check; only an Admin gets it. */
  const fetchClearKey = async () =>
    (await queryClient.fetchQuery(accountQueries.detail({ reveal: true }))).apiKey;
  const verify = useFormMutation({
    mutationFn: async (input: { email: string; password: string; channelId: string }) =>
      checkDmsConnection({ ...input, apiKey: await fetchClearKey() }),
  });

  const failed = [channel, account, admins].find((query) => query.isError);
  if (failed?.error) {
    return (
      <>
        <h1>Connect DMS</h1>
        <LoadFailed
          title="The DMS values could not be loaded"
          message={describeError(failed.error)}
          onRetry={() => void failed.refetch()}
        />
      </>
    );
  }
  if (!channel.data || !account.data || !admins.data) {
    return <p role="status">Loading the DMS values…</p>;
  }
  const service = channel.data;
  if (service.type !== 'Twitter:Service' && service.type !== 'Facebook:Service') {
    return (
      <>
        <h1>Connect DMS</h1>
        <Alert tone="info">
          DMS connects to Service channels.{' '}
          <Link to={`/channels/${service.id}`}>Back to the channel</Link>
        </Alert>
      </>
    );
  }
  const section: DmsSection =
    service.type === 'Twitter:Service' ? 'channel-twitter' : 'channel-facebook';
  const adminEmails = admins.data.items.map((user) => user.email);
  const userName = chosenUser ?? adminEmails[0] ?? '';
  const values = {
    'gsa-account-name': account.data.name,
    'gsa-api-key': account.data.apiKey,
    'gsa-channel-id': service.id,
    'gsa-channel-name': service.name,
    'gsa-url-base': account.data.urlBase,
    'gsa-user-name': userName,
  };
  async function downloadConfig() {
    let apiKey: string;
    try {
      apiKey = await fetchClearKey();
    } catch (error) {
      setDownloadProblem(describeError(error));
      return;
    }
    const result = renderDmsConfig(section, { ...values, 'gsa-api-key': apiKey });
    if (!result.ok) {
      setDownloadProblem(
        result.problems.map((problem) => `${problem.option} ${problem.reason}`).join('; '),
      );
      return;
    }
    setDownloadProblem(null);
    downloadText(`${section}-${service.id}.cfg`, result.text);
  }

  function runCheck(event: FormEvent) {
    event.preventDefault();
    void verify.submit({ email: userName, password, channelId: service.id });
  }

  return (
    <>
      <Breadcrumbs
        trail={[
          { to: '/channels', label: 'My Channels' },
          { to: `/channels/${service.id}`, label: service.name },
        ]}
        current="Connect DMS"
      />
      <h1>Connect DMS</h1>
      <p>
        Set these options in the <code>[{section}]</code> section of your Digital Messaging Server
        application, or import them with the .cfg file.
      </p>
      <div className={tableStyles.wrap}>
        <table className={tableStyles.table}>
          <caption className="visually-hidden">DMS options of the [{section}] section</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(values) as (keyof typeof values)[]).map((option) => (
              <tr key={option}>
                <th scope="row">
                  <code className={styles.option}>{option}</code>
                </th>
                <td>
                  {option === 'gsa-user-name' ? (
                    <div className={styles.value}>
                      <label className="visually-hidden" htmlFor="gsa-user-name">
                        gsa-user-name
                      </label>
                      <select
                        id="gsa-user-name"
                        value={userName}
                        onChange={(event) => setChosenUser(event.target.value)}
                      >
                        {adminEmails.map((email) => (
                          <option key={email}>{email}</option>
                        ))}
                      </select>
                      <CopyButton value={userName} what={option} />
                    </div>
                  ) : option === 'gsa-api-key' ? (
                    <SecretValue
                      what="API key"
                      masked={values[option]}
                      clear={revealedAccount.data?.apiKey}
                      revealed={revealed}
                      onRevealedChange={setRevealed}
                      canReveal={mayReveal}
                      notAllowed="Only an Admin can see the API key."
                      error={revealedAccount.isError ? describeError(revealedAccount.error) : null}
                    />
                  ) : (
                    <div className={styles.value}>
                      <code>{values[option]}</code>
                      <CopyButton value={values[option]} what={option} />
                    </div>
                  )}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <code>password</code>
              </th>
              <td className={styles.help}>
                Not shown: the password set with Reset Password for {userName || 'the chosen Admin'}{' '}
                on the <Link to="/users">Users</Link> page.
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      {adminEmails.length === 0 ? (
        <Alert tone="warning">The account has no Admin user for DMS to sign in with.</Alert>
      ) : null}

      {mayReveal ? (
        <div className={styles.actions}>
          <Button onClick={() => void downloadConfig()}>Download .cfg</Button>
          {downloadProblem ? (
            <Alert tone="error">The file was not written: {downloadProblem}.</Alert>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="verify-heading" className={styles.verify}>
        <h2 id="verify-heading">Verify</h2>
        {mayReveal ? (
          <form onSubmit={runCheck} className={styles.form} noValidate>
            <p>
              Checks what the driver will do: get a token as {userName} with the API key, then read
              this channel.
            </p>
            <PasswordField
              label={`Password of ${userName}`}
              autoComplete="off"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <div className={styles.actions}>
              <Button type="submit" variant="primary" pending={verify.pending} disabled={!password}>
                Verify
              </Button>
            </div>
          </form>
        ) : (
          <p className={styles.help}>Verifying needs the API key, so only an Admin can run it.</p>
        )}
        {verify.data ? (
          <ol className={styles.steps} aria-label="Verify results">
            {verify.data.map((step) => (
              <li
                key={step.label}
                className={styles[step.outcome === 'not run' ? 'notRun' : step.outcome]}
              >
                <strong>
                  {step.outcome === 'pass' ? 'Pass' : step.outcome === 'fail' ? 'Fail' : 'Not run'}:
                </strong>{' '}
                {step.label}. {step.detail}
              </li>
            ))}
          </ol>
        ) : null}
        {verify.formMessage ? <Alert tone="error">{verify.formMessage}</Alert> : null}
      </section>
    </>
  );
}
