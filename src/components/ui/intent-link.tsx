import { useRef } from 'react';
import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

/**
 * Calls `onIntent` once, the first time the pointer rests on the link or it takes focus, so the
 * next page's code and data can load before the click.
 */
function useIntent(onIntent: () => void) {
  const done = useRef(false);
  const fire = () => {
    if (done.current) return;
    done.current = true;
    onIntent();
  };
  return { onPointerEnter: fire, onFocus: fire, onTouchStart: fire };
}

export function IntentLink({ onIntent, ...props }: LinkProps & { onIntent: () => void }) {
  return <Link {...props} {...useIntent(onIntent)} />;
}

export function IntentNavLink({ onIntent, ...props }: NavLinkProps & { onIntent: () => void }) {
  return <NavLink {...props} {...useIntent(onIntent)} />;
}
