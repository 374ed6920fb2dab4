import {
  memo,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { canonicalEntry, entryCharacterProblem, entryKey } from '../../lib/entry';
import { formatCount } from '../../lib/format';
import { MAX_LIST_FILE_BYTES, readListFile, writeListCsv } from '../../lib/list-file';
import { Button } from './button';
import { downloadText } from './download';
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
  /** Offers import from a .txt or .csv file and export as CSV, under this file name. */
  fileName?: string;
};

type AdditionRules = {
  normalize: (entry: string) => string;
  validateEntry: ((entry: string) => string | null) | undefined;
  maxEntries: number;
};

/**
 * What adding these entries to the list would do, by the paste rules: each is cleaned and
 * normalised, and refused for a bad character, as a duplicate, by the list's own rule, or past
 * the limit.
 */
function planAdditions(values: readonly string[], rawEntries: string[], rules: AdditionRules) {
  const next = [...values];
  const taken = new Set(next.map(entryKey));
  const added: string[] = [];
  const refused: string[] = [];
  for (const raw of rawEntries) {
    const cleaned = canonicalEntry(raw);
    if (cleaned === '') continue;
    const entry = rules.normalize(cleaned);
    const reason =
      next.length >= rules.maxEntries
        ? `at most ${rules.maxEntries} entries`
        : (entryCharacterProblem(entry) ??
          (taken.has(entryKey(entry)) ? 'already in the list' : rules.validateEntry?.(entry)));
    if (reason) refused.push(`“${entry}”: ${reason}`);
    else {
      next.push(entry);
      taken.add(entryKey(entry));
      added.push(entry);
    }
  }
  return { next, added, refused };
}

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
  fileName,
}: ChipInputProps) {
  const { inputId: id, errorId, descriptionId } = useFieldIds();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');
  const [refusals, setRefusals] = useState<string[]>([]);

  const [fileProblem, setFileProblem] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const rules = { normalize, validateEntry, maxEntries };

  function apply({ next, added, refused }: ReturnType<typeof planAdditions>) {
    if (added.length > 0) onChange(next);
    setRefusals(refused);
    setFileProblem('');
    setNotice(
      added.length === 1
        ? `Added ${added[0]}.`
        : added.length > 1
          ? `Added ${formatCount(added.length, entryNoun)}.`
          : '',
    );
    return refused.length === 0;
  }

  function add(rawEntries: string[]) {
    return apply(planAdditions(values, rawEntries, rules));
  }

  function refuseFile(problem: string) {
    setRefusals([]);
    setFileProblem(problem);
    setNotice(problem);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file can be chosen again after it is fixed.
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_LIST_FILE_BYTES) {
      refuseFile(`${file.name} is larger than a list file can be. Nothing was added.`);
      return;
    }
    const read = readListFile(file.name, await file.text());
    if (!read.ok) {
      refuseFile(`${file.name}: ${read.error} Nothing was added.`);
      return;
    }
    // A file is taken whole or not at all: it never fills the list up to the limit and stops.
    const plan = planAdditions(values, read.entries, { ...rules, maxEntries: Infinity });
    if (plan.next.length > maxEntries) {
      refuseFile(
        `${file.name} would take ${label} to ${formatCount(plan.next.length, entryNoun)}, past the limit of ${maxEntries}. Nothing was added.`,
      );
      return;
    }
    apply(plan);
  }

  function remove(entry: string) {
    onChange(values.filter((existing) => existing !== entry));
    setNotice(`Removed ${entry}.`);
    setRefusals([]);
    setFileProblem('');
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

  const problem = Boolean(error || fileProblem || refusals.length > 0);

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
        aria-invalid={problem ? true : undefined}
        aria-describedby={
          [description ? descriptionId : '', problem ? errorId : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
        placeholder="Type, then Enter"
      />
      {fileName ? (
        <div className={styles.fileActions}>
          <Button onClick={() => fileInput.current?.click()}>Import {label} from file</Button>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.csv,text/plain,text/csv"
            hidden
            tabIndex={-1}
            onChange={(event) => void importFile(event)}
          />
          <Button
            disabled={values.length === 0}
            onClick={() =>
              downloadText(`${fileName}.csv`, writeListCsv(label, values), 'text/csv')
            }
          >
            Export {label} as CSV
          </Button>
          <span className={styles.fileHint}>.txt, or .csv with one column and a header</span>
        </div>
      ) : null}
      {problem ? (
        <div id={errorId} className={styles.error}>
          {error ? <p>{error}</p> : null}
          {fileProblem ? <p>{fileProblem}</p> : null}
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
