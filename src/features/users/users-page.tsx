import { useQuery, type QueryClient } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { meQueries } from '../../api/auth-api';
import { describeError } from '../../api/api-error';
import { userQueries, type UserListParams } from '../../api/user-api';
import { roleSchema, type Role, type User } from '../../api/user-schema';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import {
  Pagination,
  readPage,
  SearchField,
  UrlSelect,
  useListSearch,
} from '../../components/ui/url-list-controls';
import { DeleteUserDialog } from './delete-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserFormDialog } from './user-form-dialog';
import styles from './users-page.module.css';
import tableStyles from '../../components/ui/data-table.module.css';

const PAGE_SIZE = 25;

type OpenDialog = { kind: 'new' } | { kind: 'edit' | 'reset' | 'delete'; user: User } | null;

function readParams(search: URLSearchParams): UserListParams {
  const role = roleSchema.safeParse(search.get('role'));
  return {
    q: search.get('q')?.trim() || undefined,
    role: role.success ? role.data : undefined,
    page: readPage(search),
    pageSize: PAGE_SIZE,
  };
}

const roleNotes: Record<Role, string | null> = {
  Admin: null,
  Support: 'Your role, Support, can read users and reset the passwords of non-Admin users.',
  Viewer: 'Your role, Viewer, can read users only.',
};

/** Loads the first page ahead of a visit (a link to Users was hovered or focused). */
export function prefetchUsers(queryClient: QueryClient) {
  return queryClient.prefetchQuery(userQueries.list(readParams(new URLSearchParams())));
}

export function UsersPage() {
  const [search] = useSearchParams();
  const typed = useListSearch();
  const urlParams = readParams(search);
  const params = { ...urlParams, q: typed.q, page: typed.ahead ? 1 : urlParams.page };
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { data: me } = useQuery(meQueries.current());
  const users = useQuery(userQueries.list(params));
  const role = me?.role ?? 'Viewer';

  return (
    <>
      <div className={styles.heading}>
        <h1>Users</h1>
        {role === 'Admin' ? (
          <Button variant="primary" onClick={() => setDialog({ kind: 'new' })}>
            +Add User
          </Button>
        ) : null}
      </div>
      {roleNotes[role] ? <p className={styles.note}>{roleNotes[role]}</p> : null}
      <div className={styles.toolbar} role="search">
        <SearchField
          label="Search users"
          placeholder="Name or email"
          value={typed.text}
          onChange={typed.setText}
        />
        <UrlSelect
          label="Role"
          name="role"
          emptyLabel="All roles"
          options={roleSchema.options.map((option) => ({ value: option, label: option }))}
        />
      </div>

      {users.isError ? (
        <Alert tone="error" title="The users could not be loaded">
          <p>{describeError(users.error)}</p>
          <Button onClick={() => void users.refetch()}>Try again</Button>
        </Alert>
      ) : users.isPending ? (
        <p role="status">Loading users…</p>
      ) : users.data.items.length === 0 ? (
        <Alert tone="info" title="No users match">
          <p>Change the search or the role filter to see more users.</p>
        </Alert>
      ) : (
        <>
          <UserTable
            users={users.data.items}
            total={users.data.total}
            page={params.page}
            busy={users.isFetching}
            role={role}
            meId={me?.user.id}
            onOpen={setDialog}
          />
          <Pagination
            page={params.page}
            pageSize={PAGE_SIZE}
            total={users.data.total}
            noun="users"
          />
        </>
      )}

      {dialog?.kind === 'new' ? (
        <UserFormDialog user={null} onDone={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <UserFormDialog user={dialog.user} onDone={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'reset' ? (
        <ResetPasswordDialog user={dialog.user} onDone={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteUserDialog user={dialog.user} onDone={() => setDialog(null)} />
      ) : null}
    </>
  );
}

/**
 * One page of users. Memoized: typing in the search re-renders the field, not the rows; the rows
 * change when the new page arrives.
 */
const UserTable = memo(function UserTable({
  users,
  total,
  page,
  busy,
  role,
  meId,
  onOpen,
}: {
  users: User[];
  total: number;
  page: number;
  busy: boolean;
  role: Role;
  meId: string | undefined;
  onOpen: (dialog: OpenDialog) => void;
}) {
  const canReset = (user: User) =>
    role === 'Admin' || (role === 'Support' && !user.roles.includes('Admin'));
  return (
    <table className={tableStyles.table} aria-busy={busy}>
      <caption className="visually-hidden">
        Users of the account, {total} in all, page {page}
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Roles</th>
          <th scope="col">Last sign-in</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const name = `${user.firstName} ${user.lastName}`;
          return (
            <tr key={user.id}>
              <th scope="row">{name}</th>
              <td>{user.email}</td>
              <td>{user.roles.join(', ')}</td>
              <td>
                {user.lastSignInAt
                  ? new Date(user.lastSignInAt).toLocaleString()
                  : user.hasPassword
                    ? 'Never'
                    : 'No password yet'}
              </td>
              <td className={styles.rowActions}>
                {canReset(user) ? (
                  <Button onClick={() => onOpen({ kind: 'reset', user })}>
                    Reset Password<span className="visually-hidden"> of {name}</span>
                  </Button>
                ) : null}
                {role === 'Admin' ? (
                  <>
                    <Button onClick={() => onOpen({ kind: 'edit', user })}>
                      Edit<span className="visually-hidden"> {name}</span>
                    </Button>
                    {user.id !== meId ? (
                      <Button onClick={() => onOpen({ kind: 'delete', user })}>
                        Delete<span className="visually-hidden"> {name}</span>
                      </Button>
                    ) : null}
                  </>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
