import type { ButtonHTMLAttributes } from 'react';
import styles from './button.module.css';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  /** While true the button stays focusable, says it is busy and ignores clicks. */
  pending?: boolean;
  /** Small: a button beside a value in a table row (Copy, Reveal). */
  size?: 'small';
};

export function Button({
  variant = 'secondary',
  pending = false,
  size,
  type = 'button',
  className,
  onClick,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      {...props}
      type={type}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      className={[styles.button, styles[variant], size && styles[size], className]
        .filter(Boolean)
        .join(' ')}
      onClick={(event) => {
        if (pending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {children}
    </button>
  );
}
