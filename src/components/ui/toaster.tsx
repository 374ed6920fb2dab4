import { useSyncExternalStore } from 'react';
import styles from './toaster.module.css';

type Toast = { id: number; tone: 'error' | 'info' | 'success'; message: string };

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const DISMISS_AFTER_MS = 8_000;

function emit() {
  listeners.forEach((listener) => listener());
}

function dismissToast(id: number) {
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

/** Shows a short message; callable from anywhere, including the query client's error policy. */
export function showToast(message: string, tone: Toast['tone'] = 'info') {
  // The same message twice in a row (a refetch storm) shows once.
  if (toasts.some((toast) => toast.message === message)) return;
  const id = nextId++;
  toasts = [...toasts.slice(-3), { id, tone, message }];
  emit();
  setTimeout(() => dismissToast(id), DISMISS_AFTER_MS);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function Toaster() {
  const current = useSyncExternalStore(subscribe, () => toasts);
  return (
    <section aria-label="Notifications" className={styles.region}>
      <ul aria-live="polite" className={styles.list}>
        {current.map((toast) => (
          <li key={toast.id} className={`${styles.toast} ${styles[toast.tone]}`}>
            <span>{toast.message}</span>
            <button type="button" className={styles.close} onClick={() => dismissToast(toast.id)}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
