import { CSPProvider } from '@base-ui/react/csp-provider';
import { Menu } from '@base-ui/react/menu';
import { useLayoutEffect, useRef } from 'react';
import { ActionMenuLabel, type MenuAction } from './action-menu';
import styles from './action-menu.module.css';

/** The menu itself, loaded on intent by `ActionMenu`. */
export function ActionMenuPopup({
  name,
  actions,
  openAtOnce,
  focusAtOnce,
}: {
  name: string;
  actions: MenuAction[];
  openAtOnce: boolean;
  focusAtOnce: boolean;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  // This button replaced the one that had focus: focus moves to it, so keyboard users stay put.
  useLayoutEffect(() => {
    if (focusAtOnce) trigger.current?.focus();
    // Only when this button first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const ordered = [...actions.filter((a) => !a.danger), ...actions.filter((a) => a.danger)];
  return (
    // The strict Content Security Policy allows no <style> elements (decision 0006).
    <CSPProvider disableStyleElements>
      <Menu.Root defaultOpen={openAtOnce}>
        <Menu.Trigger ref={trigger} className={styles.trigger}>
          <ActionMenuLabel name={name} />
        </Menu.Trigger>
        {/* In the page's main landmark, like the tooltips (see tooltip-popup.tsx). */}
        <Menu.Portal container={document.getElementById('main')}>
          <Menu.Positioner className={styles.positioner} sideOffset={4} align="end">
            <Menu.Popup className={styles.popup}>
              {ordered.map((action) => (
                <Menu.Item
                  key={action.label}
                  className={action.danger ? `${styles.item} ${styles.danger}` : styles.item}
                  onClick={action.onSelect}
                >
                  {action.label}
                </Menu.Item>
              ))}
            </Menu.Popup>
          </Menu.Positioner>
        </Menu.Portal>
      </Menu.Root>
    </CSPProvider>
  );
}
