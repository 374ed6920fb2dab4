import {
  memo,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { canonicalEntry, entryCharacterProblem, entryKey } from '../../lib/entry';
import { formatCount } from '../../lib/format';
import { useFieldIds } from './field';
import styles from './chip-input.module.css';

const entryNoun = { one: 'entry', other: 'entries' };

type ChipInputProps = {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Why an entry is refused, or null to accept it. Runs on the canonical, normalised entry. */
  validateEntry?: (entry: string) => string | null;
  /** Turns typed text into the stored form (e.g. "acme" → "@acme"). */
  normalize?: (entry: string) => string;
  maxEntries: number;
  description?: ReactNode;
  error?: string | undefined;
  /** A warning shown on a chip; null for none. */
  warningFor?: (entry: string) => string | null;
  /** Where a warning's "Best practices" link leads. */
  warningHelpHref?: string;
  onBlur?: () => void;
};

/**
 * A list of short entries edited as chips: Enter or Tab adds, pasting a comma- or
 * newline-separated list adds each, Backspace in an empty input removes the last chip.
 */
export function ChipInput({
  label,
  values,
  onChange,
  validateEntry,
  normalize = (entry) => entry,
  maxEntries,
  description,
  error,
  warningFor,
  warningHelpHref,
  onBlur,
}: ChipInputProps) {
  const { inputId: id, errorId, descriptionId } = useFieldIds();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');
  const [refusals, setRefusals] = useState<string[]>([]);

  function add(rawEntries: string[]) {
    const next = [...values];
    const taken = new Set(next.map(entryKey));
    const added: string[] = [];
    const refused: string[] = [];
    for (const raw of rawEntries) {
      const cleaned = canonicalEntry(raw);
      if (cleaned === '') continue;
      const entry = normalize(cleaned);
      const reason =
        next.length >= maxEntries
          ? `at most ${maxEntries} entries`
          : (entryCharacterProblem(entry) ??
            (taken.has(entryKey(entry)) ? 'already in the list' : validateEntry?.(entry)));
      if (reason) refused.push(`“${entry}”: ${reason}`);
      else {
        next.push(entry);
        taken.add(entryKey(entry));
        added.push(entry);
      }
    }
    if (added.length > 0) onChange(next);
    setRefusals(refused);
    setNotice(
      added.length === 1
        ? `Added ${added[0]}.`
        : added.length > 1
          ? `Added ${formatCount(added.length, entryNoun)}.`
          : '',
    );
    return refused.length === 0;
  }

  function remove(entry: string) {
    onChange(values.filter((existing) => existing !== entry));
    setNotice(`Removed ${entry}.`);
    setRefusals([]);
  }

  // One handler for every chip's remove button, so chips re-render only when they change.
  function onChipsClick(event: MouseEvent<HTMLUListElement>) {
    const button = (event.target as Element).closest('button[data-entry]');
    const entry = button?.getAttribute('data-entry');
    if (entry != null) remove(entry);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === 'Enter' || (event.key === 'Tab' && text.trim() !== '')) && !event.shiftKey) {
      event.preventDefault();
      if (add([text])) setText('');
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      remove(values[values.length - 1]!);
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text');
    if (!/[,\n]/.test(pasted)) return;
    event.preventDefault();
    add(pasted.split(/[,\n\r]+/));
  }

  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {description ? (
        <div id={descriptionId} className={styles.description}>
          {description}
        </div>
      ) : null}
      {values.length > 0 ? (
        // The list only passes on the clicks of its chips' remove buttons, which are buttons.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
        <ul
          className={styles.chips}
          aria-label={`${label}: ${formatCount(values.length, entryNoun)}`}
          onClick={onChipsClick}
        >
          {values.map((entry) => (
            <Chip
              key={entry}
              entry={entry}
              warning={warningFor?.(entry) ?? null}
              helpHref={warningHelpHref}
            />
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        className={styles.input}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={onBlur}
        aria-invalid={error || refusals.length > 0 ? true : undefined}
        aria-describedby={
          [description ? descriptionId : '', error || refusals.length > 0 ? errorId : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
        placeholder="Type, then Enter"
      />
      {error || refusals.length > 0 ? (
        <div id={errorId} className={styles.error}>
          {error ? <p>{error}</p> : null}
          {refusals.length > 0 ? <p>Not added: {refusals.join('; ')}.</p> : null}
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {notice}
      </p>
    </div>
  );
}

const Chip = memo(function Chip({
  entry,
  warning,
  helpHref,
}: {
  entry: string;
  warning: string | null;
  helpHref: string | undefined;
}) {
  return (
    <li className={warning ? `${styles.chip} ${styles.noted}` : styles.chip}>
      {entry}
      {warning ? (
        <span className={styles.note}>
          {warning}
          {helpHref ? (
            <>
              {' '}
              <a href={helpHref}>Best practices</a>
            </>
          ) : null}
        </span>
      ) : null}
      <button
        type="button"
        className={styles.remove}
        data-entry={entry}
        aria-label={`Remove ${entry}`}
      >
        ×
      </button>
    </li>
  );
});
