import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import type { SaveProblem } from './use-channel-save';
import styles from './channels.module.css';

export function SaveProblemAlert({
  problem,
  onReloadTheirs,
  onOverwrite,
}: {
  problem: SaveProblem;
  onReloadTheirs: () => void;
  onOverwrite: () => void;
}) {
  if (!problem) return null;
  if (problem.kind === 'conflict') {
    return (
      <Alert tone="warning" title="Someone else saved this channel since you opened it">
        <p>Your changes are still on the page. Choose which version to keep.</p>
        <div className={styles.actions}>
          <Button onClick={onReloadTheirs}>Reload their version</Button>
          <Button variant="danger" onClick={onOverwrite}>
            Overwrite with mine
          </Button>
        </div>
      </Alert>
    );
  }
  if (problem.kind === 'incomplete') {
    return (
      <Alert tone="error" title="The channel cannot be Active yet">
        <p>Complete these first, or save it as Suspended:</p>
        <ul>
          {problem.missing.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Alert>
    );
  }
  return <Alert tone="error">{problem.message}</Alert>;
}
