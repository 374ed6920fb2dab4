import type { ReactNode } from 'react';
import styles from './alert.module.css';

type AlertProps = {
  tone?: 'error' | 'warning' | 'info' | 'success';
  title?: string;
  children: ReactNode;
};

/** A message block; errors and warnings are announced as they appear. */
export function Alert({ tone = 'info', title, children }: AlertProps) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div role={urgent ? 'alert' : 'status'} className={`${styles.alert} ${styles[tone]}`}>
      {title ? <p className={styles.title}>{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
