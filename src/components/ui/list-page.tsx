import type { ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import styles from './list-page.module.css';

/** A list page's title, with its main action (e.g. "+Add User") beside it. */
export function ListHeading({ title, action }: { title: string; action?: ReactNode }) {
  return (
    <div className={styles.heading}>
      <h1>{title}</h1>
      {action}
    </div>
  );
}

/** The search and filters above a list. */
export function ListToolbar({ children }: { children: ReactNode }) {
  return (
    <div className={styles.toolbar} role="search">
      {children}
    </div>
  );
}

/** What a page shows when its data could not be loaded; Try again when trying again can help. */
export function LoadFailed({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <Alert tone="error" title={title}>
      <p>{message}</p>
      {onRetry ? <Button onClick={onRetry}>Try again</Button> : null}
    </Alert>
  );
}
