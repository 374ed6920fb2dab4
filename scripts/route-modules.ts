// The modules each route of the manifest loads, for the build, the budget check and the bench.
// A route names each module once, in its `import()`; Node reads the path from the loader's code,
// so the paths never ship in the browser's copy of the manifest (decision 0009, addendum).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AppRoute } from '../src/app/route-manifest.ts';

// Every reader (Vite, the npm scripts, Vitest) runs from the project root.
const root = process.cwd();
const manifestFolder = join(root, 'src/app');

/**
 * The module a loader imports, from the project root with its extension. tsx keeps the
 * manifest's relative path (`"../features/…"`); Vitest's transform writes it from the root
 * (`"/src/features/….tsx"`). Both are read.
 */
export function moduleOf(load: () => Promise<unknown>): string {
  const specifier = /["'`]((?:\.{1,2})?\/[^"'`]+)["'`]/.exec(String(load))?.[1];
  if (!specifier) throw new Error(`No module path in the route loader ${String(load)}.`);
  const base = specifier.startsWith('/') ? join(root, specifier) : join(manifestFolder, specifier);
  const file = [base, `${base}.tsx`, `${base}.ts`].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate),
  );
  if (!file) throw new Error(`The route loader's module ${specifier} is not in src/.`);
  return relative(root, file).split('\\').join('/');
}

/** The modules a visit to the route loads, from the project root. */
export function modulesOf(route: AppRoute, signedInModules: readonly string[]): string[] {
  return [
    ...(route.signedIn ? signedInModules : []),
    moduleOf(route.page.load),
    ...(route.data ? [moduleOf(route.data.load)] : []),
  ];
}
