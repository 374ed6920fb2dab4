import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert';

export function ConnectDmsPage() {
  const { channelId = '' } = useParams();
  return (
    <>
      <h1>Connect DMS</h1>
      <Alert tone="success">The channel is saved.</Alert>
      <Alert tone="info" title="Coming next">
        <p>
          This page will list the DMS options of this channel with copy buttons, a .cfg download and
          a connection check. The Channel ID is on the{' '}
          <Link to={`/channels/${channelId}`}>channel page</Link>, and the account name and API key
          on the sign-up result.
        </p>
      </Alert>
    </>
  );
}
