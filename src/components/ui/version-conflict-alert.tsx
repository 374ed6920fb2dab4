import { Alert } from './alert';
import { Button } from './button';
import styles from './version-conflict-alert.module.css';

/** The 412 choice: someone else saved the item since it was read. */
export function VersionConflictAlert({
  item,
  keptWhere,
  onReloadTheirs,
  onOverwrite,
}: {
  /** What was saved: "channel", "user". */
  item: string;
  /** Where the unsaved changes still are: "on the page", "in the form". */
  keptWhere: string;
  onReloadTheirs: () => void;
  onOverwrite: () => void;
}) {
  return (
    <Alert tone="warning" title={`Someone else saved this ${item} since you opened it`}>
      <p>Your changes are still {keptWhere}. Choose which version to keep.</p>
      <div className={styles.actions}>
        <Button onClick={onReloadTheirs}>Reload their version</Button>
        <Button variant="danger" onClick={onOverwrite}>
          Overwrite with mine
        </Button>
      </div>
    </Alert>
  );
}
