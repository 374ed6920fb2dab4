import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { describeError } from '../api/api-error';
import { PublicPage } from '../components/ui/public-page';
import { Button } from '../components/ui/button';

/** Shown when a page fails to load or render: what happened and what to do, never a stack. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `The page answered ${error.status} ${error.statusText}.`
    : describeError(error);
  return (
    <PublicPage title="This page could not be shown">
      <p>{message}</p>
      <p>
        Your saved work is safe at the Hub. Reload to try again, or go back to{' '}
        <Link to="/channels">My Channels</Link>.
      </p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </PublicPage>
  );
}
