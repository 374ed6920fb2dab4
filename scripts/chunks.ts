// How the production build groups modules into chunks and how index.html loads them (decision
// 0008), and the map of which chunk holds each module (read by scripts/route-js.ts to count
// each route's first-visit JavaScript). All of it follows the route manifest
// (src/app/route-manifest.ts), which vite.config.ts loads at run time and hands over: importing
// it here would bundle it, pages included, into the config.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** A route as the build sees it, from the route manifest. */
export type BuildRoute = {
  name: string;
  signedIn: boolean;
  /** What a visit loads (`modulesOf`), from the project root. */
  modules: string[];
  /** Its URLs (`urlPattern`). */
  urlPattern: string;
};

type ModuleGraph = {
  getModuleInfo: (id: string) => { importers: string[]; isEntry: boolean } | null;
};

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The chunk of each module, named after the units that need it. A unit is what the router loads
 * together: the shell's unit loads with every signed-in page, and a page's unit (its page and its
 * loader's module) with its route. Vite's automatic chunking gives every combination of importers
 * its own chunk, which had My Channels load 26 chunks: on HTTP/1.1, six requests at a time, a
 * round trip each.
 * - `common`: needed by the sign-in page and by the signed-in area;
 * - `signed-in`: needed by the shell or by two signed-in pages. Every signed-in page loads it,
 *   a few kilobytes more for some pages in exchange for one request instead of one per
 *   combination of pages. A public page loads it too when it shares a module with it (sign-up
 *   leads to the signed-in area);
 * - a page's name: needed by that signed-in page alone.
 * Everything else (the entry, the public pages' own modules, dialogs loaded on intent, the mock
 * Hub) keeps Vite's automatic chunks.
 */
export function chunkByUnits(routes: BuildRoute[], signedInModules: string[]) {
  const units = new Map<string, string[]>([
    ['signed-in', signedInModules],
    ...routes.map((route): [string, string[]] => [
      slug(route.name),
      route.modules.filter((module) => !signedInModules.includes(module)),
    ]),
  ]);
  const signedInPages = routes.filter((route) => route.signedIn).map((route) => slug(route.name));
  const publicPages = routes.filter((route) => !route.signedIn).map((route) => slug(route.name));
  // The sign-in page: the public page that leads into the signed-in area.
  const signIn = routes.find((route) => route.name === 'Sign in');
  if (!signIn) throw new Error('The route manifest has no Sign in page.');

  /** The units that need a module: those whose modules reach it by static imports. */
  const unitsOf = (id: string, graph: ModuleGraph) => {
    const found = new Set<string>();
    const seen = new Set<string>();
    let inEntry = false;
    const walk = (moduleId: string) => {
      if (inEntry || seen.has(moduleId)) return;
      seen.add(moduleId);
      const info = graph.getModuleInfo(moduleId);
      if (!info) return;
      if (info.isEntry) inEntry = true;
      for (const [unit, modules] of units) {
        if (modules.some((module) => moduleId.endsWith(`/${module}`))) found.add(unit);
      }
      info.importers.forEach(walk);
    };
    walk(id);
    return inEntry ? null : found;
  };

  return (id: string, graph: ModuleGraph): string | null => {
    const needers = unitsOf(id, graph);
    if (!needers || needers.size === 0) return null;
    const pages = signedInPages.filter((unit) => needers.has(unit));
    if (needers.has('signed-in') || pages.length > 1) {
      return needers.has(slug(signIn.name)) ? 'common' : 'signed-in';
    }
    const publicNeeders = publicPages.filter((unit) => needers.has(unit));
    if (pages.length === 1 && publicNeeders.length === 0) return pages[0] ?? null;
    return null;
  };
}

/** Writes `.vite/module-chunks.json`: each module's chunk file, by project-relative path. */
export function moduleChunks(root = process.cwd()): Plugin {
  return {
    name: 'hub-console:module-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const map: Record<string, string> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          if (id.startsWith(`${root}/`)) map[id.slice(root.length + 1)] = output.fileName;
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/module-chunks.json',
        source: `${JSON.stringify(map, null, 2)}\n`,
      });
    },
  };
}

/**
 * Marks the chunks that run as soon as they load with V8's explicit compile hint, so that Chrome
 * compiles their functions while the file streams in instead of one by one, on the main thread,
 * the first time each is called. Other browsers ignore the comment.
 */
export function compileHints(
  isEager: (chunk: { isEntry: boolean; name: string }) => boolean,
): Plugin {
  return {
    name: 'hub-console:compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own additions to the chunks: the hint must be the file's first line.
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && isEager(output)) {
            output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
          }
        }
      },
    },
  };
}

/**
 * Loads the entry script at low priority. A module script never holds up the first paint, which
 * needs only the HTML and the stylesheet: the browser is told so, and fetches those first.
 */
export function lowPriorityEntry(): Plugin {
  return {
    name: 'hub-console:low-priority-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entryScript = '<script type="module" crossorigin src=';
        if (!html.includes(entryScript)) throw new Error('index.html has no entry script.');
        return html.replace(
          entryScript,
          '<script type="module" crossorigin fetchpriority="low" src=',
        );
      },
    },
  };
}

/**
 * Adds to index.html a small script that preloads the chunks of the page being opened: they load
 * beside the entry instead of after it. It does not read the session: the first sessionStorage
 * read of a page costs a synchronous trip to the browser (10 to 25 ms here), and a signed-out
 * visit to a signed-in page is rare and needs these chunks right after signing in anyway.
 */
export function routePreload(routes: BuildRoute[], root = process.cwd()): Plugin {
  let preloadScript: { fileName: string; source: string } | null = null;
  return {
    name: 'hub-console:route-preload',
    apply: 'build',
    generateBundle: {
      // After index.html is written (below), which names the script.
      order: 'post',
      handler() {
        if (preloadScript) this.emitFile({ type: 'asset', ...preloadScript });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const filesOf = (modules: string[]) => {
          const files = new Set<string>();
          const add = (file: string) => {
            const chunk = byFile.get(file);
            if (!chunk || chunk.isEntry || files.has(file)) return;
            files.add(file);
            chunk.imports.forEach(add);
          };
          for (const module of modules) {
            const id = `${root}/${module}`;
            const chunk = chunks.find((candidate) => candidate.moduleIds.includes(id));
            if (!chunk) throw new Error(`No chunk holds ${module}.`);
            add(chunk.fileName);
          }
          return [...files].map((file) => `/${file}`);
        };
        const table = routes.map((route) => [route.urlPattern, filesOf(route.modules)]);
        const script = `(function () {
  var routes = ${JSON.stringify(table)};
  for (var i = 0; i < routes.length; i += 1) {
    if (!new RegExp(routes[i][0]).test(location.pathname)) continue;
    routes[i][1].forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      link.crossOrigin = 'anonymous';
      document.head.appendChild(link);
    });
    return;
  }
})();
`;
        const fileName = `assets/route-preload-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`;
        preloadScript = { fileName, source: script };
        return [
          { tag: 'script', attrs: { async: true, src: `/${fileName}` }, injectTo: 'head' as const },
        ];
      },
    },
  };
}
