import { useEffect, useId, useRef, type ReactNode } from 'react';
import styles from './dialog.module.css';

type DialogProps = {
  open: boolean;
  title: string;
  /** Called for Escape; omit it for a dialog that must be answered. */
  onDismiss?: () => void;
  children: ReactNode;
};

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind inert
 * and returns focus to the opener when it closes.
 */
export function Dialog({ open, title, onDismiss, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    // The browser returns focus when a dialog closes, but not when it is removed while open
    // (a dialog that unmounts with its screen): focus goes back to the opener either way.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss?.();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
