import type { BrowserContext } from '@playwright/test';

const VIOLATION_PREFIX = 'securitypolicyviolation:';

/**
 * Records every Content Security Policy violation and uncaught page error in a browser context, in
 * any of its pages and frames. Chromium logs each violation to the console ("… violates the
 * following Content Security Policy directive …"); the `securitypolicyviolation` event adds the
 * directive, the blocked resource and where it came from.
 */
export async function watchPageProblems(context: BrowserContext) {
  const problems: string[] = [];
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(VIOLATION_PREFIX) || /Content Security Policy/i.test(text))
      problems.push(`${message.page()?.url() ?? 'worker'}: ${text}`);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    problems.push(
      `${webError.page()?.url() ?? 'worker'}: uncaught ${error.name}: ${error.message}`,
    );
  });
  await context.addInitScript((prefix) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || event.documentURI}:${event.lineNumber})`,
      );
    });
  }, VIOLATION_PREFIX);
  return {
    problems,
    /** Throws when anything was recorded, listing all of it. */
    expectNone() {
      if (problems.length > 0)
        throw new Error(
          `The page broke its Content Security Policy or threw:\n${problems.join('\n')}`,
        );
    },
  };
}
