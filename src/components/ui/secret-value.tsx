import { Button } from './button';
import { CopyButton } from './copy-button';
import styles from './secret-value.module.css';

type SecretValueProps = {
  /** What the value is, for the buttons' names: "Reveal <what>", "Copy <what>". */
  what: string;
  /** The value as the Hub shows it to everyone, e.g. "••••9c2e". */
  masked: string;
  /** The value in clear, once fetched for a reveal. */
  clear: string | undefined;
  revealed: boolean;
  onRevealedChange: (revealed: boolean) => void;
  /** Who may not reveal it is told why instead of offered the button. */
  canReveal: boolean;
  notAllowed: string;
  error?: string | null;
};

/** A secret shown masked; Reveal shows it in clear (and Copy), Hide masks it again. */
export function SecretValue({
  what,
  masked,
  clear,
  revealed,
  onRevealedChange,
  canReveal,
  notAllowed,
  error,
}: SecretValueProps) {
  const shown = revealed ? clear : undefined;
  return (
    <span className={styles.secret}>
      <code>{shown ?? masked}</code>
      {canReveal ? (
        <>
          <Button size="small" onClick={() => onRevealedChange(!revealed)}>
            {revealed ? 'Hide' : 'Reveal'}
            <span className="visually-hidden"> {what}</span>
          </Button>
          {shown ? <CopyButton value={shown} what={what} /> : null}
        </>
      ) : (
        <span className={styles.help}>{notAllowed}</span>
      )}
      {error ? <span className={styles.error}>{error}</span> : null}
    </span>
  );
}
