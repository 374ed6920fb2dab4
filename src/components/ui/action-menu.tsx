import { useState } from 'react';
import { loadOnIntent } from './load-on-intent';
import styles from './action-menu.module.css';

export type MenuAction = {
  label: string;
  onSelect: () => void;
  /** A destructive action, shown in the danger colour and last. */
  danger?: boolean;
};

const useMenuModule = loadOnIntent(() => import('./action-menu-popup'));

/**
 * A row's secondary actions behind one button, "Actions" (named "Actions for <name>"). The
 * button is ours until the pointer or focus reaches it; then the menu's code loads and the same
 * button opens an accessible menu (arrows, type-ahead, Escape returns focus).
 */
export function ActionMenu({ name, actions }: { name: string; actions: MenuAction[] }) {
  const { module, request } = useMenuModule();
  // What the person did before the menu's code was there: it is carried over once it is.
  const [pending, setPending] = useState<{ open: boolean; focused: boolean }>({
    open: false,
    focused: false,
  });
  if (actions.length === 0) return null;
  if (module) {
    return (
      <module.ActionMenuPopup
        name={name}
        actions={actions}
        openAtOnce={pending.open}
        focusAtOnce={pending.focused}
      />
    );
  }
  return (
    <button
      type="button"
      className={styles.trigger}
      aria-haspopup="menu"
      aria-expanded="false"
      onPointerEnter={request}
      onFocus={() => {
        setPending((now) => ({ ...now, focused: true }));
        request();
      }}
      onBlur={() => setPending((now) => ({ ...now, focused: false }))}
      onClick={() => {
        setPending({ open: true, focused: true });
        request();
      }}
    >
      <ActionMenuLabel name={name} />
    </button>
  );
}

/** "Actions", with the row's name for screen readers: the name contains the visible text. */
export function ActionMenuLabel({ name }: { name: string }) {
  return (
    <>
      Actions<span className="visually-hidden"> for {name}</span>
      <svg aria-hidden="true" viewBox="0 0 16 16" className={styles.chevron}>
        <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </>
  );
}
