import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, describeError } from '../../api/api-error';
import { channelQueries, startAuthorization } from '../../api/channel-api';
import type { Channel } from '../../api/channel-schema';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { formatDateTime } from '../../lib/format';
import { ChannelSection } from './channel-section';
import styles from './channels.module.css';

type AccountChannel = Extract<Channel, { type: 'Twitter:Account' | 'Facebook:Account' }>;
type Outcome = 'waiting' | 'again' | 'saved' | 'closed' | null;

const PROVIDER_DONE_MESSAGE = 'hub-console:provider-login-done';

/** Links from data open only as web pages, never as script or data URLs. */
function isWebUrl(url: string) {
  try {
    return ['http:', 'https:'].includes(new URL(url, window.location.href).protocol);
  } catch {
    return false;
  }
}

/** "Login to Twitter" / "Login to Facebook": the provider's sign-in in a popup. */
export function ProviderLogin({
  channel,
  readOnly,
}: {
  channel: AccountChannel;
  readOnly: boolean;
}) {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<string | null>(null);
  const popupRef = useRef<Window | null>(null);
  const provider = channel.type === 'Twitter:Account' ? 'Twitter' : 'Facebook';

  useEffect(() => {
    const finish = () => {
      setOutcome('saved');
      void queryClient.invalidateQueries({ queryKey: channelQueries.detail(channel.id).queryKey });
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin && event.data?.type === PROVIDER_DONE_MESSAGE) {
        finish();
      }
    };
    window.addEventListener('message', onMessage);
    const timer = setInterval(() => {
      const popup = popupRef.current;
      if (popup?.closed) {
        popupRef.current = null;
        setOutcome((current) =>
          current === 'waiting' || current === 'again' ? 'closed' : current,
        );
        void queryClient.invalidateQueries({
          queryKey: channelQueries.detail(channel.id).queryKey,
        });
      }
    }, 400);
    return () => {
      window.removeEventListener('message', onMessage);
      clearInterval(timer);
    };
  }, [channel.id, queryClient]);

  async function login() {
    setError(null);
    // A window of an earlier login (finished or not) would be reused behind the console, and
    // nothing would seem to happen: close it and start afresh in a new window, brought forward.
    const previous = popupRef.current;
    const again = Boolean(previous && !previous.closed);
    previous?.close();
    popupRef.current = null;
    // Opened during the click, so popup blockers allow it; the address follows.
    const popup = window.open('', '_blank', 'popup,width=520,height=700');
    try {
      const { authorizeUrl } = await startAuthorization(channel.id);
      if (!isWebUrl(authorizeUrl))
        throw new Error('The Hub sent a login address that is not a web page.');
      if (!popup) {
        setError(
          `The browser blocked the ${provider} window. Allow pop-ups for this site and try again.`,
        );
        return;
      }
      popup.location.href = authorizeUrl;
      popup.focus();
      popupRef.current = popup;
      setOutcome(again ? 'again' : 'waiting');
    } catch (caught) {
      popup?.close();
      setError(
        caught instanceof Error && !(caught instanceof ApiError)
          ? caught.message
          : describeError(caught),
      );
    }
  }

  return (
    <ChannelSection id="provider-login" title={`${provider} login`}>
      {channel.type === 'Twitter:Account' ? (
        channel.authorization ? (
          <p>
            Authorized handle: <strong>{channel.authorization.handle}</strong>. Token saved{' '}
            {formatDateTime(channel.authorization.savedAt)}.
          </p>
        ) : (
          <p>Not logged in yet: log in with the Twitter account of your organization.</p>
        )
      ) : channel.authorization ? (
        <div>
          <p>
            Facebook user: <strong>{channel.authorization.userName}</strong>. Token saved{' '}
            {formatDateTime(channel.authorization.savedAt)}.
          </p>
          <p>
            Granted pages:{' '}
            {channel.authorization.pages.map((page) => page.name).join(', ') || 'none'}
          </p>
          <p>Permissions: {channel.authorization.permissions.join(', ') || 'none'}</p>
        </div>
      ) : (
        <p>Not logged in yet: log in as the administrator of your Facebook pages.</p>
      )}
      {readOnly ? null : (
        <div className={styles.actions}>
          <Button variant="primary" onClick={() => void login()}>
            Login to {provider}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {outcome === 'waiting' ? <p>Finish the login in the {provider} window.</p> : null}
        {outcome === 'again' ? (
          <p>
            A new {provider} login window is open, in place of the earlier one: finish the login
            there.
          </p>
        ) : null}
        {outcome === 'saved' ? (
          <Alert tone="success">The {provider} login is saved for this channel.</Alert>
        ) : null}
        {outcome === 'closed' ? (
          <Alert tone="warning">
            The {provider} window was closed before the login finished. Nothing changed; log in
            again when you are ready.
          </Alert>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </ChannelSection>
  );
}
