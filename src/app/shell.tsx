import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { meQueries } from '../api/account-api';
import { can } from '../api/permissions';
import { ON_INTENT, prefetchOnIntent } from '../api/prefetch-on-intent';
import { Button } from '../components/ui/button';
import { IntentNavLink } from '../components/ui/intent-link';
import { ReauthenticationDialog } from '../features/auth/reauthentication-dialog';
import { useSignOut } from '../features/auth/use-sign-out';
import { appRoutes } from './route-manifest';
import styles from './shell.module.css';
import { chooseTheme, readTheme, themes, type Theme } from './theme';

const navigation = appRoutes.flatMap((route) => (route.nav ? [{ ...route, nav: route.nav }] : []));
const noSearch = { params: {}, search: new URLSearchParams() };

/**
 * The signed-in frame: the navigation, who is signed in, the theme, Sign out, and the page. On
 * wide screens the frame is a side bar; on phones a top bar whose menu button shows the rest.
 */
export function Shell() {
  const { data: me } = useQuery(meQueries.current());
  const signOut = useSignOut();
  const queryClient = useQueryClient();
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  // The phone menu closes once a page is chosen.
  const { pathname } = useLocation();
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }
  // Escape closes the open phone menu and returns to its button, as with any disclosure.
  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.bar}>
        <div className={styles.barTop}>
          <p className={styles.product}>Hub Console</p>
          <button
            ref={menuButton}
            type="button"
            className={styles.menuButton}
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            Menu
          </button>
        </div>
        <div id={menuId} className={styles.menu} data-open={menuOpen}>
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
          <div className={styles.account}>
            {me ? (
              <p className={styles.identity}>
                <span className={styles.accountName}>{me.accountName}</span>
                <span className={styles.userName}>
                  {me.user.firstName} {me.user.lastName} · {me.role}
                </span>
              </p>
            ) : null}
            <ThemeSelect />
            {me ? <Button onClick={() => void signOut()}>Sign out</Button> : null}
          </div>
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
      <ReauthenticationDialog onSignOut={() => void signOut()} />
    </div>
  );
}

const themeLabels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light, dark, or as the system says; remembered by this browser. */
function ThemeSelect() {
  const [theme, setTheme] = useState(readTheme);
  const id = useId();
  return (
    <div className={styles.theme}>
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          const chosen = themes.find((candidate) => candidate === event.target.value) ?? 'system';
          chooseTheme(chosen);
          setTheme(chosen);
        }}
      >
        {themes.map((option) => (
          <option key={option} value={option}>
            {themeLabels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
