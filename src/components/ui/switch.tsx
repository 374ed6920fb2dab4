import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useFieldIds } from './field';
import styles from './field.module.css';

type SwitchProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  /** What the current position means, e.g. "Active" or "Suspended". */
  stateText?: string;
  description?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

/** An on/off setting: a checkbox with the switch role, its label and what "on" means now. */
export function Switch({ label, stateText, description, id, ref, ...props }: SwitchProps) {
  const { inputId, descriptionId } = useFieldIds(id);
  return (
    <div className={styles.field}>
      <div className={styles.checkboxRow}>
        <input
          {...props}
          ref={ref}
          id={inputId}
          type="checkbox"
          role="switch"
          className={styles.switch}
          aria-describedby={description ? descriptionId : undefined}
        />
        <label htmlFor={inputId} className={styles.label}>
          {label}
        </label>
        {stateText ? <span className={styles.state}>{stateText}</span> : null}
      </div>
      {description ? (
        <div id={descriptionId} className={styles.description}>
          {description}
        </div>
      ) : null}
    </div>
  );
}
