import { useId } from 'react';
import type { SettingChange } from '../../api/channel-config';
import { Alert } from '../../components/ui/alert';
import { describeEntry, describeValue, settingLabel, type ValueNames } from './setting-labels';
import chipStyles from '../../components/ui/change-chips.module.css';
import styles from './config-diff.module.css';

type ConfigDiffProps = {
  /** What the import changes, field by field. */
  changes: SettingChange[];
  /** What refuses the import: shown first, and the import cannot go on. */
  problems: string[];
  /** What the admin should know; none of it blocks. */
  warnings: string[];
  /** The heading over the changes ("Changes to the channel", "Settings of the new channel"). */
  title: string;
  /** What to say when nothing changes. */
  noChanges: string;
  names?: ValueNames;
};

/** The comparison an import shows before anything is saved: lists as + and − chips. */
export function ConfigDiff({
  changes,
  problems,
  warnings,
  title,
  noChanges,
  names,
}: ConfigDiffProps) {
  const headingId = useId();
  const warningsId = useId();
  return (
    <>
      {problems.length > 0 ? (
        <Alert tone="error" title="This file cannot be imported">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <section className={styles.diff} aria-labelledby={headingId}>
        <h3 id={headingId} className={styles.heading}>
          {title}
        </h3>
        {changes.length === 0 ? (
          <p>{noChanges}</p>
        ) : (
          <dl className={styles.changes}>
            {changes.map((change) => (
              <div key={change.field} className={styles.change}>
                <dt>{settingLabel(change.field)}</dt>
                <dd>
                  {'added' in change ? (
                    <>
                      <EntryChips
                        field={change.field}
                        entries={change.added}
                        kind="added"
                        names={names}
                      />
                      <EntryChips
                        field={change.field}
                        entries={change.removed}
                        kind="removed"
                        names={names}
                      />
                    </>
                  ) : (
                    <span className={styles.value}>
                      <span className={styles.before}>
                        {describeValue(change.field, change.before, names)}
                      </span>
                      {' → '}
                      <strong>{describeValue(change.field, change.after, names)}</strong>
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {warnings.length > 0 ? (
        <section className={styles.warnings} aria-labelledby={warningsId}>
          <h3 id={warningsId}>Warnings</h3>
          <p>These do not stop the import.</p>
          <ul aria-labelledby={warningsId}>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function EntryChips({
  field,
  entries,
  kind,
  names,
}: {
  field: string;
  entries: string[];
  kind: 'added' | 'removed';
  names: ValueNames | undefined;
}) {
  if (entries.length === 0) return null;
  const sign = kind === 'added' ? '+' : '−';
  return (
    <ul className={chipStyles.chips} aria-label={`${settingLabel(field)} ${kind}`}>
      {entries.map((entry) => (
        <li key={entry} className={`${chipStyles.chip} ${chipStyles[kind]}`}>
          <span aria-hidden="true">{sign} </span>
          {describeEntry(field, entry, names)}
        </li>
      ))}
    </ul>
  );
}
