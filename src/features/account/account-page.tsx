import { Alert } from '../../components/ui/alert';

export function AccountPage() {
  return (
    <>
      <h1>Account</h1>
      <Alert tone="info" title="Coming next">
        <p>The account name, API key, Hub API base URL and network allowlist are being built.</p>
      </Alert>
    </>
  );
}
