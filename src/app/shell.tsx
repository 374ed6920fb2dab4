import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { meQueries } from '../api/account-api';
import { can } from '../api/permissions';
import { ON_INTENT, prefetchOnIntent } from '../api/prefetch-on-intent';
import { Button } from '../components/ui/button';
import { IntentNavLink } from '../components/ui/intent-link';
import { ReauthenticationDialog } from '../features/auth/reauthentication-dialog';
import { useSignOut } from '../features/auth/use-sign-out';
import { appRoutes } from './route-manifest';
import styles from './shell.module.css';

const navigation = appRoutes.flatMap((route) => (route.nav ? [{ ...route, nav: route.nav }] : []));
const noSearch = { params: {}, search: new URLSearchParams() };

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
          {navigation
            .filter((route) => !route.permission || can(me?.user, route.permission))
            .map((route) => (
              <li key={route.path}>
                <IntentNavLink
                  to={route.path}
                  className={styles.link}
                  // The page's code and its first data load while the pointer rests on the link.
                  onIntent={() =>
                    void Promise.all([
                      route.page.load(),
                      route.data?.prefetch(
                        noSearch,
                        (options) => prefetchOnIntent(queryClient, options),
                        ON_INTENT,
                      ),
                    ])
                  }
                >
                  {route.nav.label}
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
