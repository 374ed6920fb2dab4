import {
  useId,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';
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

type CheckboxProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

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

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className={styles.error}>
      {error}
    </p>
  ) : null;
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
};

export function TextAreaField({ label, error, id, ref, ...props }: TextAreaProps) {
  const { inputId, errorId } = useFieldIds(id);
  return (
    <div className={styles.field}>
      <label htmlFor={inputId} className={styles.label}>
        {label}
      </label>
      <textarea
        {...props}
        ref={ref}
        id={inputId}
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}

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
