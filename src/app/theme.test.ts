import { afterEach, describe, expect, it } from 'vitest';
import startupScript from '../../public/theme.js?raw';
import { chooseTheme, readTheme, themes } from './theme';

/** Runs public/theme.js as index.html does, before the console's code. */
function runStartupScript() {
  const script = document.createElement('script');
  script.textContent = startupScript;
  document.head.append(script);
  script.remove();
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('the colour theme', () => {
  it.each(themes)('"%s" chosen in the shell is applied again by the start-up script', (theme) => {
    chooseTheme(theme);
    delete document.documentElement.dataset.theme;
    runStartupScript();
    expect(document.documentElement.dataset.theme).toBe(theme === 'system' ? undefined : theme);
    expect(readTheme()).toBe(theme);
  });

  it('follows the system when nothing or something unknown is stored', () => {
    expect(readTheme()).toBe('system');
    localStorage.setItem('hub-console.theme', 'sepia');
    runStartupScript();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(readTheme()).toBe('system');
  });
});
