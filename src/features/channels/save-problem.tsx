import { Alert } from '../../components/ui/alert';
import { VersionConflictAlert } from '../../components/ui/version-conflict-alert';

/** Why the last save did not go through: someone else saved, Active lacks something, or the Hub said no. */
export function SaveProblemAlert({
  conflict,
  missing,
  message,
  onReloadTheirs,
  onOverwrite,
}: {
  conflict: boolean;
  missing: string[] | null;
  message: string | null;
  onReloadTheirs: () => void;
  onOverwrite: () => void;
}) {
  if (conflict) {
    return (
      <VersionConflictAlert
        item="channel"
        keptWhere="on the page"
        onReloadTheirs={onReloadTheirs}
        onOverwrite={onOverwrite}
      />
    );
  }
  if (missing) {
    return (
      <Alert tone="error" title="The channel cannot be Active yet">
        <p>Complete these first, or save it as Suspended:</p>
        <ul>
          {missing.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Alert>
    );
  }
  return message ? <Alert tone="error">{message}</Alert> : null;
}
