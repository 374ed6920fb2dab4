import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet } from 'react-router';
import { meQueries } from '../api/auth-api';
import { Button } from '../components/ui/button';
import { ReauthenticationDialog } from '../features/auth/reauthentication-dialog';
import { useSignOut } from '../features/auth/use-sign-out';
import styles from './shell.module.css';

const navigation = [
  { to: '/channels', label: 'My Channels' },
  { to: '/users', label: 'Users' },
  { to: '/account', label: 'Account' },
];

/** The signed-in frame: left navigation, who is signed in, Sign out, and the page. */
export function Shell() {
  const { data: me } = useQuery(meQueries.current());
  const signOut = useSignOut();
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
              <NavLink to={item.to} className={styles.link}>
                {item.label}
              </NavLink>
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
