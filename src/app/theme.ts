/**
 * The reader's choice of colour theme: a display preference of this browser, not account data.
 * public/theme.js applies the stored choice before the first paint (the Content Security Policy
 * allows no inline script); theme.test.ts checks that both read the same key and values.
 */
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const THEME_STORAGE_KEY = 'hub-console.theme';

const isTheme = (value: unknown): value is Theme => themes.some((theme) => theme === value);

export function readTheme(): Theme {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(stored) ? stored : 'system';
  } catch {
    // Storage can be refused (privacy settings): the system's preference applies.
    return 'system';
  }
}

/** Shows the theme at once and remembers it; "system" follows the system's preference. */
export function chooseTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembered; the choice still holds until the page is left.
  }
}
