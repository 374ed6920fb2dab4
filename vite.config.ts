import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';
import { defineConfig } from 'vitest/config';
import {
  chunkByUnits,
  compileHints,
  lowPriorityEntry,
  moduleChunks,
  routePreload,
} from './scripts/chunks.ts';
import { previewSecurityHeaders } from './scripts/csp.ts';
import { modulesOf } from './scripts/route-modules.ts';

/**
 * The route manifest, loaded by Node at run time rather than bundled with this file: its pages
 * sit behind `import()`, which bundling would follow into the whole console.
 */
const manifest: typeof import('./src/app/route-manifest.ts') = await tsImport(
  './src/app/route-manifest.ts',
  import.meta.url,
);
const buildRoutes = manifest.appRoutes.map((route) => ({
  name: route.name,
  signedIn: route.signedIn,
  modules: modulesOf(route, manifest.signedInModules),
  urlPattern: manifest.urlPattern(route),
}));

export default defineConfig({
  plugins: [
    react(),
    moduleChunks(),
    // The entry (React, the router, start-up) runs in full on every load, and the Update Channel
    // page's chunk (its forms, the keyword editor) as soon as the page is used.
    compileHints((chunk) => chunk.isEntry || chunk.name === 'update-channel'),
    lowPriorityEntry(),
    routePreload(buildRoutes),
    previewSecurityHeaders(),
  ],
  build: {
    manifest: true,
    target: 'es2022',
    // Every browser the console supports but Safari 15.4–16 reads <link rel="modulepreload">; there
    // the modules still load, only without the head start, so no polyfill rides in the entry.
    modulePreload: { polyfill: false },
    // One stylesheet for every screen (4 KB compressed), linked by index.html: one request and one
    // style pass, instead of a stylesheet per page chunk restyling the document as each arrives.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Dependencies stay where automatic chunking puts them: following them would pull
          // the entry's modules (React, the router) into these groups.
          groups: [
            {
              name: chunkByUnits(buildRoutes, manifest.signedInModules),
              debugName: 'units',
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // A rendered page test takes 1–2 s alone; on a shared 2-core machine under full load, or with
    // every line instrumented by mutation testing, it takes many times that, and Vitest's default
    // of 5 s would fail tests that are correct.
    testTimeout: 60_000,
  },
});
