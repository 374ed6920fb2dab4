// What each route makes the browser download on a first visit, from the production build's
// manifest. A route's first-visit JavaScript is the entry chunk, the chunks the router loads for
// it, and every chunk they import statically. Shared by the budget check (CI) and the bench.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const KB = 1000;

// A signed-in page also loads the shell, the session check and the query cache, and its route's
// loader loads what starts its first request. `path` matches the page's URLs: index.html
// preloads the page's chunks when a tab opens one. The build groups modules by these routes
// (scripts/chunks.ts).
export const SIGNED_IN = [
  'src/app/signed-in-area.tsx',
  'src/app/session-check.ts',
  'src/app/query-client.ts',
];

export const routes = [
  { route: 'Sign in', modules: ['src/features/auth/signin-page.tsx'], maxKb: 125 },
  { route: 'Sign up', modules: ['src/features/signup/signup-page.tsx'], maxKb: 190 },
  {
    route: 'My Channels',
    path: '^/(channels/?)?$',
    modules: [
      ...SIGNED_IN,
      'src/features/channels/channels-page.tsx',
      'src/features/channels/channel-list.ts',
    ],
    maxKb: 190,
  },
  {
    // One chunk serves every channel type's page, Twitter:Service included.
    route: 'Update Channel',
    path: '^/channels/[^/]+/?$',
    modules: [...SIGNED_IN, 'src/features/channels/channel-page.tsx', 'src/api/channel-api.ts'],
    maxKb: 190,
  },
  {
    route: 'Connect DMS',
    path: '^/channels/[^/]+/connect/?$',
    modules: [...SIGNED_IN, 'src/features/connection/connect-dms-page.tsx'],
    maxKb: 190,
  },
  {
    route: 'Users',
    path: '^/users/?$',
    modules: [...SIGNED_IN, 'src/features/users/users-page.tsx', 'src/features/users/user-list.ts'],
    maxKb: 190,
  },
  {
    route: 'Account',
    path: '^/account/?$',
    modules: [...SIGNED_IN, 'src/features/account/account-page.tsx'],
    maxKb: 190,
  },
];

export function measureRouteJs(distDir = 'dist') {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('The build manifest has no entry chunk.');

  const staticClosure = (keys, seen = new Set()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      staticClosure(manifest[key]?.imports ?? [], seen);
    }
    return seen;
  };
  const gzipCache = new Map();
  const gzipSize = (file) => {
    if (!gzipCache.has(file)) {
      gzipCache.set(file, gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length);
    }
    return gzipCache.get(file);
  };
  // The mock Hub must never be part of what the live console loads up front.
  const mockCodeIn = (keys) =>
    [...keys].filter((key) => {
      const chunk = manifest[key];
      if (chunk.src?.startsWith('mocks/')) return true;
      const code = readFileSync(join(distDir, chunk.file), 'utf8');
      return code.includes('[MSW]') || code.includes('mockServiceWorker');
    });
  const jsOf = (keys) =>
    [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const sum = (files) => files.reduce((total, file) => total + gzipSize(file), 0);

  // Modules grouped into a named chunk (scripts/chunks.ts) have no manifest entry of their own:
  // the build's module map says which chunk holds them.
  const moduleChunks = JSON.parse(readFileSync(join(distDir, '.vite/module-chunks.json'), 'utf8'));
  const keyByFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const chunkKeyOf = (module) => {
    const key = manifest[module] ? module : keyByFile.get(moduleChunks[module]);
    if (!key) throw new Error(`No chunk for ${module} in the build.`);
    return key;
  };

  const rows = routes.map((route) => {
    const keys = staticClosure([entryKey, ...route.modules.map(chunkKeyOf)]);
    const files = jsOf(keys);
    return { ...route, bytes: sum(files), chunks: files.length, mock: mockCodeIn(keys) };
  });
  const mockKeys = Object.keys(manifest).filter((key) => manifest[key].src?.startsWith('mocks/'));
  const consoleKeys = Object.keys(manifest).filter((key) => !mockKeys.includes(key));
  return {
    rows,
    /** Every screen's JavaScript, the mock Hub left out. */
    totalBytes: sum(jsOf(consoleKeys)),
    mockBytes: sum(jsOf(mockKeys)),
    mockChunks: mockKeys.length,
  };
}
