// What each route makes the browser download on a first visit, from the production build's
// manifest. A route's first-visit JavaScript is the entry chunk, the chunks the router loads for
// it, and every chunk they import statically. Shared by the budget check (CI) and the bench, which
// run with tsx: the route manifest is TypeScript.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { z } from 'zod/mini';
import { appRoutes, signedInModules } from '../src/app/route-manifest.ts';
import { modulesOf } from './route-modules.ts';

export const KB = 1000;

/** The routes' names, modules and budgets, from the route manifest. */
export const routeBudgets = appRoutes.map((route) => ({
  route: route.name,
  modules: modulesOf(route, signedInModules),
  maxKb: route.maxKb,
}));

/** The parts of Vite's build manifest read here. */
const buildManifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.optional(z.string()),
    isEntry: z.optional(z.boolean()),
    imports: z.optional(z.array(z.string())),
  }),
);
const moduleChunksSchema = z.record(z.string(), z.string());

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export function measureRouteJs(distDir = 'dist') {
  const manifest = buildManifestSchema.parse(readJson(join(distDir, '.vite/manifest.json')));
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('The build manifest has no entry chunk.');

  const staticClosure = (keys: Iterable<string>, seen = new Set<string>()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      staticClosure(manifest[key]?.imports ?? [], seen);
    }
    return seen;
  };
  const gzipCache = new Map<string, number>();
  const gzipSize = (file: string) => {
    const size =
      gzipCache.get(file) ?? gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
    gzipCache.set(file, size);
    return size;
  };
  // The mock Hub must never be part of what the live console loads up front.
  const mockCodeIn = (keys: Set<string>) =>
    [...keys].filter((key) => {
      const chunk = manifest[key];
      if (!chunk) return false;
      if (chunk.src?.startsWith('mocks/')) return true;
      const code = readFileSync(join(distDir, chunk.file), 'utf8');
      return code.includes('[MSW]') || code.includes('mockServiceWorker');
    });
  const jsOf = (keys: Iterable<string>) =>
    [...keys].flatMap((key) => manifest[key]?.file ?? []).filter((file) => file.endsWith('.js'));
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipSize(file), 0);

  // Modules grouped into a named chunk (scripts/chunks.ts) have no manifest entry of their own:
  // the build's module map says which chunk holds them.
  const moduleChunks = moduleChunksSchema.parse(
    readJson(join(distDir, '.vite/module-chunks.json')),
  );
  const keyByFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const chunkKeyOf = (module: string) => {
    const file = moduleChunks[module];
    const key = manifest[module] ? module : file && keyByFile.get(file);
    if (!key) throw new Error(`No chunk for ${module} in the build.`);
    return key;
  };

  const rows = routeBudgets.map((route) => {
    const keys = staticClosure([entryKey, ...route.modules.map(chunkKeyOf)]);
    const files = jsOf(keys);
    return { ...route, bytes: sum(files), chunks: files.length, mock: mockCodeIn(keys) };
  });
  const mockKeys = Object.keys(manifest).filter((key) => manifest[key]?.src?.startsWith('mocks/'));
  const consoleKeys = Object.keys(manifest).filter((key) => !mockKeys.includes(key));
  return {
    rows,
    /** Every screen's JavaScript, the mock Hub left out. */
    totalBytes: sum(jsOf(consoleKeys)),
    mockBytes: sum(jsOf(mockKeys)),
    mockChunks: mockKeys.length,
  };
}
