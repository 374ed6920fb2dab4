import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import styles from './field.module.css';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

function describedBy(...ids: (string | undefined)[]) {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The IDs that tie a control to its label, help text and error. */
export function useFieldIds(id?: string) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return {
    inputId,
    errorId: `${inputId}-error`,
    descriptionId: `${inputId}-description`,
  };
}

/** A labelled input with its help text and its error, both announced with the field. */
export function TextField({ label, error, description, id, className, ref, ...props }: FieldProps) {
  const { inputId, errorId, descriptionId } = useFieldIds(id);
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      {description ? (
        <div id={descriptionId} className={styles.description}>
          {description}
        </div>
      ) : null}
      <input
        {...props}
        ref={ref}
        id={inputId}
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(
          description ? descriptionId : undefined,
          error ? errorId : undefined,
        )}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A password input with a Show/Hide toggle; paste stays allowed. */
export function PasswordField(props: Omit<FieldProps, 'type'>) {
  const [visible, setVisible] = useState(false);
  return (
    <div className={styles.passwordWrap}>
      <TextField {...props} type={visible ? 'text' : 'password'} spellCheck={false} />
      <button type="button" className={styles.reveal} onClick={() => setVisible(!visible)}>
        {visible ? 'Hide' : 'Show'}
        <span className="visually-hidden"> {props.label}</span>
      </button>
    </div>
  );
}

/** A field's error, tied to its control by `id`. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className={styles.error}>
      {error}
    </p>
  ) : null;
}
