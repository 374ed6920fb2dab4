import { lazy, Suspense } from 'react';
import { useFieldIds } from './field';
import fieldStyles from './field.module.css';
import styles from './multi-combobox.module.css';

export type ComboOption = {
  value: string;
  label: string;
};

export type MultiComboboxProps = {
  label: string;
  options: readonly ComboOption[];
  /** The chosen options' values, in the order they were chosen. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Whether an option answers what was typed; by default its label contains it. */
  matches?: (option: ComboOption, query: string) => boolean;
  placeholder?: string;
  disabled?: boolean;
  error?: string | undefined;
  /** What was found for nothing typed, e.g. "No language matches". */
  emptyText: string;
};

export type MultiComboboxWidgetProps = MultiComboboxProps & {
  inputId: string;
  /** The IDs that describe the input: its error. */
  describedBy: string | undefined;
};

// Base UI's combobox is the largest of the widgets (decision 0015): it loads after the page's
// first paint, in its own chunk, while the chosen entries already show.
const Widget = lazy(async () => ({
  default: (await import('./multi-combobox-widget')).MultiComboboxWidget,
}));

/**
 * A searchable multi-select: the chosen options as removable chips, then an input that filters
 * the rest. Type-ahead, arrow keys, Enter to pick, Backspace on an empty input to drop the last
 * chip, Escape to close.
 */
export function MultiCombobox(props: MultiComboboxProps) {
  const { inputId, errorId } = useFieldIds();
  const describedBy = props.error ? errorId : undefined;
  const labels = new Map(props.options.map((option) => [option.value, option.label]));
  return (
    <div className={fieldStyles.field}>
      <Suspense
        fallback={
          // The same look while the widget loads: the label, the chips, a disabled input.
          <>
            <label htmlFor={inputId} className={fieldStyles.label}>
              {props.label}
            </label>
            <div className={styles.group} data-disabled="">
              {props.value.map((value) => (
                <span key={value} className={styles.chip}>
                  {labels.get(value) ?? value}
                </span>
              ))}
              <input
                id={inputId}
                className={styles.input}
                disabled
                aria-describedby={describedBy}
              />
            </div>
          </>
        }
      >
        <Widget {...props} inputId={inputId} describedBy={describedBy} />
      </Suspense>
      {props.error ? (
        <p id={errorId} className={fieldStyles.error}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
