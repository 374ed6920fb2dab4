import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { accountQueries, meQueries } from '../api/account-api';
import { ON_INTENT, prefetchOnIntent } from '../api/prefetch-on-intent';
import { Button } from '../components/ui/button';
import { IntentNavLink } from '../components/ui/intent-link';
import { ReauthenticationDialog } from '../features/auth/reauthentication-dialog';
import { useSignOut } from '../features/auth/use-sign-out';
import styles from './shell.module.css';

// Each entry loads its page's code and first data when its link is hovered or focused.
const navigation: { to: string; label: string; prefetch: (client: QueryClient) => unknown }[] = [
  {
    to: '/channels',
    label: 'My Channels',
    prefetch: (client) =>
      Promise.all([
        import('../features/channels/channels-page'),
        import('../features/channels/channel-list').then((list) =>
          prefetchOnIntent(client, list.channelListQuery(undefined, ON_INTENT)),
        ),
      ]),
  },
  {
    to: '/users',
    label: 'Users',
    prefetch: (client) =>
      Promise.all([
        import('../features/users/users-page'),
        import('../features/users/user-list').then((list) =>
          prefetchOnIntent(client, list.userListQuery(undefined, ON_INTENT)),
        ),
      ]),
  },
  {
    to: '/account',
    label: 'Account',
    prefetch: (client) =>
      Promise.all([
        import('../features/account/account-page'),
        prefetchOnIntent(client, accountQueries.detail({ reveal: false }, ON_INTENT)),
      ]),
  },
];

/** The signed-in frame: left navigation, who is signed in, Sign out, and the page. */
export function Shell() {
  const { data: me } = useQuery(meQueries.current());
  const signOut = useSignOut();
  const queryClient = useQueryClient();
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <p className={styles.product}>Hub Console</p>
        {me ? (
          <div className={styles.identity}>
            <span>
              <span className={styles.accountName}>{me.accountName}</span>
              <span className={styles.userName}>
                {me.user.firstName} {me.user.lastName} · {me.role}
              </span>
            </span>
            <Button onClick={() => void signOut()}>Sign out</Button>
          </div>
        ) : null}
      </header>
      <nav className={styles.nav} aria-label="Main">
        <ul>
          {navigation.map((item) => (
            <li key={item.to}>
              <IntentNavLink
                to={item.to}
                className={styles.link}
                onIntent={() => void item.prefetch(queryClient)}
              >
                {item.label}
              </IntentNavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
      <ReauthenticationDialog onSignOut={() => void signOut()} />
    </div>
  );
}
