import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import styles from './channels.module.css';

/**
 * Asks before leaving a form with unsaved changes: links and the back button get a dialog,
 * closing or reloading the tab gets the browser's own question.
 */
export function UnsavedChangesGuard({
  dirty,
  leavingRef,
}: {
  dirty: boolean;
  leavingRef: RefObject<boolean>;
}) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leavingRef.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return (
    <Dialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      onDismiss={() => blocker.reset?.()}
    >
      <p>Your changes to this channel are not saved. If you leave now, they are lost.</p>
      <div className={styles.actions}>
        <Button variant="primary" onClick={() => blocker.reset?.()}>
          Stay on this page
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          Leave without saving
        </Button>
      </div>
    </Dialog>
  );
}
