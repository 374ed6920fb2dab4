import type { ReactNode } from 'react';
import styles from './badge.module.css';

/** A status word in a list (Active, Production…); the tone says whether it is good news. */
export function Badge({
  tone,
  children,
}: {
  tone: 'neutral' | 'success' | 'warning' | 'info';
  children: ReactNode;
}) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>;
}
