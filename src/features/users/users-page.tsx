import { useQuery } from '@tanstack/react-query';
import { lazy, memo, Suspense, useState, useDeferredValue } from 'react';
import { useSearchParams } from 'react-router';
import { meQueries } from '../../api/account-api';
import { describeError } from '../../api/api-error';
import { can, describeWhoMay } from '../../api/permissions';
import { userQueries } from '../../api/user-api';
import { roleSchema, type Role, type User } from '../../api/user-schema';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ActionMenu, type MenuAction } from '../../components/ui/action-menu';
import { Button } from '../../components/ui/button';
import { ListHeading, ListToolbar } from '../../components/ui/list-page';
import {
  PagedResults,
  SearchField,
  SortHeader,
  UrlSelect,
  useListSearch,
} from '../../components/ui/url-list-controls';
import { readUserListParams } from './user-list';
import styles from './users-page.module.css';
import tableStyles from '../../components/ui/data-table.module.css';

// The dialogs and their form library load when a button that opens one is hovered, focused or
// pressed, not with the list.
function loadDialogs() {
  return Promise.all([
    import('./user-form-dialog'),
    import('./reset-password-dialog'),
    import('./delete-user-dialog'),
  ]);
}
const preloadDialogs = () => void loadDialogs();
const UserFormDialog = lazy(async () => ({ default: (await loadDialogs())[0].UserFormDialog }));
const ResetPasswordDialog = lazy(async () => ({
  default: (await loadDialogs())[1].ResetPasswordDialog,
}));
const DeleteUserDialog = lazy(async () => ({ default: (await loadDialogs())[2].DeleteUserDialog }));

type OpenDialog = { kind: 'new' } | { kind: 'edit' | 'reset' | 'delete'; user: User } | null;

const roleNotes: Record<Role, string | null> = {
  Admin: null,
  Support: 'Your role, Support, can read users and reset the passwords of non-Admin users.',
  Viewer: 'Your role, Viewer, can read users only.',
};

const userNoun = { one: 'user', other: 'users' };

export function UsersPage() {
  const [search] = useSearchParams();
  const typed = useListSearch();
  const urlParams = readUserListParams(search);
  const params = { ...urlParams, q: typed.q, page: typed.ahead ? 1 : urlParams.page };
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { data: me } = useQuery(meQueries.current());
  const users = useQuery(userQueries.list(params));
  // The rows render in the background, in slices, so that typing and the first paint are never
  // held up by a whole table at once, nor by the first date and number formatters (ICU data),
  // even when the list is already loaded: the first render shows the loading line.
  const page = useDeferredValue(users.data, null);
  const role = me?.role ?? 'Viewer';
  const viewer = me?.user;

  return (
    <>
      <ListHeading
        title="Users"
        action={
          can(viewer, 'user:create') ? (
            <Button
              variant="primary"
              onClick={() => setDialog({ kind: 'new' })}
              onPointerEnter={preloadDialogs}
              onFocus={preloadDialogs}
            >
              +Add User
            </Button>
          ) : null
        }
      />
      {roleNotes[role] ? (
        <p className={styles.note}>
          {roleNotes[role]}
          {can(viewer, 'user:update')
            ? null
            : ` ${describeWhoMay('user:update')} add, change and delete users.`}
        </p>
      ) : null}
      <ListToolbar>
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
      </ListToolbar>

      <PagedResults
        page={page}
        pageNumber={params.page}
        noun={userNoun}
        failure={
          users.isError
            ? { message: describeError(users.error), onRetry: () => void users.refetch() }
            : null
        }
        empty={{
          title: 'No users match',
          message: 'Change the search or the role filter to see more users.',
        }}
      >
        {({ items, total }) => (
          <UserTable
            users={items}
            total={total}
            page={params.page}
            sort={params.sort}
            busy={users.isFetching}
            viewer={viewer}
            onOpen={setDialog}
          />
        )}
      </PagedResults>

      <Suspense fallback={null}>
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
      </Suspense>
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
  sort,
  busy,
  viewer,
  onOpen,
}: {
  users: User[];
  total: number;
  page: number;
  /** The list's order now, default included. */
  sort: string;
  busy: boolean;
  /** The signed-in user, whose permissions decide the row actions. */
  viewer: User | undefined;
  onOpen: (dialog: OpenDialog) => void;
}) {
  return (
    // A row's buttons open the dialogs: hovering or focusing the rows loads them.
    <div className={tableStyles.wrap}>
      <table
        className={tableStyles.table}
        aria-busy={busy}
        onPointerOver={preloadDialogs}
        onFocus={preloadDialogs}
      >
        <caption className="visually-hidden">
          Users of the account, {formatNumber(total)} in all, page {formatNumber(page)}
        </caption>
        <thead>
          <tr>
            <SortHeader label="Name" current={sort} ascending="name" descending="-name" />
            <SortHeader label="Email" current={sort} ascending="email" descending="-email" />
            <th scope="col">Roles</th>
            <SortHeader
              label="Last sign-in"
              current={sort}
              ascending="lastSignInAt"
              descending="-lastSignInAt"
              firstDescending
            />
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
                <td className={tableStyles.label}>{user.roles.join(', ')}</td>
                <td>
                  {user.lastSignInAt
                    ? formatDateTime(user.lastSignInAt)
                    : user.hasPassword
                      ? 'Never'
                      : 'No password yet'}
                </td>
                <td>
                  <RowActions user={user} name={name} viewer={viewer} onOpen={onOpen} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

/**
 * The row's main action as a button (Edit for an Admin, Reset Password for Support), the others
 * in the row's menu, "Actions for <name>".
 */
function RowActions({
  user,
  name,
  viewer,
  onOpen,
}: {
  user: User;
  name: string;
  viewer: User | undefined;
  onOpen: (dialog: OpenDialog) => void;
}) {
  const actions: (MenuAction & { kind: 'edit' | 'reset' | 'delete' })[] = [
    ...(can(viewer, 'user:update', user)
      ? [{ kind: 'edit' as const, label: 'Edit', onSelect: () => onOpen({ kind: 'edit', user }) }]
      : []),
    ...(can(viewer, 'user:reset-password', user)
      ? [
          {
            kind: 'reset' as const,
            label: 'Reset Password',
            onSelect: () => onOpen({ kind: 'reset', user }),
          },
        ]
      : []),
    // Nobody deletes themselves (SPEC §3), whatever their role.
    ...(can(viewer, 'user:delete', user) && user.id !== viewer?.id
      ? [
          {
            kind: 'delete' as const,
            label: 'Delete',
            danger: true,
            onSelect: () => onOpen({ kind: 'delete', user }),
          },
        ]
      : []),
  ];
  const [main, ...others] = actions;
  if (!main) return null;
  return (
    <div className={styles.rowActions}>
      <Button onClick={main.onSelect}>
        {main.label}
        <span className="visually-hidden">
          {main.kind === 'reset' ? ' of' : ''} {name}
        </span>
      </Button>
      <ActionMenu name={name} actions={others} />
    </div>
  );
}
