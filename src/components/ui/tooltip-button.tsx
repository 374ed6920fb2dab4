import { useState, type ReactNode } from 'react';
import { loadOnIntent } from './load-on-intent';
import styles from './tooltip-button.module.css';

export type TooltipButtonProps = {
  /** The button's accessible name; the tooltip shows it. */
  label: string;
  /** More for the tooltip under the name, e.g. the full value an abbreviation stands for. */
  detail?: string | undefined;
  onClick: () => void;
  /** The icon: decorative, the name comes from `label`. */
  children: ReactNode;
};

const useTooltipModule = loadOnIntent(() => import('./tooltip-popup'));

/**
 * An icon button whose name shows as a tooltip on hover and on focus. The tooltip's code loads
 * when the pointer or focus first reaches such a button, not with the page.
 */
export function TooltipButton(props: TooltipButtonProps) {
  const { module, request } = useTooltipModule();
  // Where the pointer and focus were while the tooltip's code loaded: it opens at once there.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  if (module) {
    return (
      <module.TooltipPopupButton {...props} focusAtOnce={focused} openAtOnce={hovered || focused} />
    );
  }
  return (
    <button
      type="button"
      className={styles.button}
      aria-label={props.label}
      onPointerEnter={() => {
        setHovered(true);
        request();
      }}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => {
        setFocused(true);
        request();
      }}
      onBlur={() => setFocused(false)}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}
