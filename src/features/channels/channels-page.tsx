import { Alert } from '../../components/ui/alert';

export function ChannelsPage() {
  return (
    <>
      <h1>My Channels</h1>
      <Alert tone="info" title="Coming next">
        <p>
          The channel list, “+Add Channel” and the configuration of Twitter and Facebook channels
          are being built. Until then, the channels of your account are kept safe at the Hub.
        </p>
      </Alert>
    </>
  );
}
