import type { ReactNode } from 'react';
import styles from './public-page.module.css';

/** The frame of the pages shown before sign-in: product name, title, one card. */
export function PublicPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <p className={styles.product}>Hub Console</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
