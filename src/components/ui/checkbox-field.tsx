import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldError, useFieldIds } from './field';
import styles from './field.module.css';

type CheckboxProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled checkbox with its error. */
export function CheckboxField({ label, error, id, ref, ...props }: CheckboxProps) {
  const { inputId, errorId } = useFieldIds(id);
  return (
    <div className={styles.field}>
      <div className={styles.checkboxRow}>
        <input
          {...props}
          ref={ref}
          id={inputId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <label htmlFor={inputId}>{label}</label>
      </div>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
