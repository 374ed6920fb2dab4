import { CSPProvider } from '@base-ui/react/csp-provider';
import { Tooltip } from '@base-ui/react/tooltip';
import { useLayoutEffect, useRef } from 'react';
import type { TooltipButtonProps } from './tooltip-button';
import styles from './tooltip-button.module.css';

/** The button with its tooltip, loaded on intent by `TooltipButton`. */
export function TooltipPopupButton({
  label,
  detail,
  onClick,
  children,
  focusAtOnce,
  openAtOnce,
}: TooltipButtonProps & { focusAtOnce: boolean; openAtOnce: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  // This button replaced the one that had focus: focus moves to it, which shows the tooltip.
  useLayoutEffect(() => {
    if (focusAtOnce) button.current?.focus();
    // Only when this button first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    // The strict Content Security Policy allows no <style> elements (decision 0006).
    <CSPProvider disableStyleElements>
      <Tooltip.Root defaultOpen={openAtOnce}>
        <Tooltip.Trigger
          ref={button}
          delay={300}
          closeOnClick={false}
          className={styles.button}
          aria-label={label}
          onClick={onClick}
        >
          {children}
        </Tooltip.Trigger>
        {/* In the page's main landmark, not loose in <body> (content outside every landmark), nor
            in a table's scrolling frame, which would clip it. The shell's <main> is already there. */}
        <Tooltip.Portal container={document.getElementById('main')}>
          <Tooltip.Positioner sideOffset={6} className={styles.positioner}>
            <Tooltip.Popup className={styles.popup}>
              {label}
              {detail ? <span className={styles.detail}>{detail}</span> : null}
            </Tooltip.Popup>
          </Tooltip.Positioner>
        </Tooltip.Portal>
      </Tooltip.Root>
    </CSPProvider>
  );
}
