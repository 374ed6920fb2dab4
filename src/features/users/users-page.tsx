import { Alert } from '../../components/ui/alert';

export function UsersPage() {
  return (
    <>
      <h1>Users</h1>
      <Alert tone="info" title="Coming next">
        <p>Adding users, their roles and Reset Password are being built.</p>
      </Alert>
    </>
  );
}
