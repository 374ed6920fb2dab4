// Checks the production build against the console's JavaScript budgets and prints the figures.
// Run after `npm run build`. A route's first-visit JavaScript is the entry chunk, the route's
// own chunk, and every chunk they import statically (what the browser must fetch to show it).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const distDir = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
const KB = 1000;

const budgets = [
  { route: 'Sign in', module: 'src/features/auth/signin-page.tsx', maxKb: 125 },
  { route: 'Sign up', module: 'src/features/signup/signup-page.tsx', maxKb: 190 },
  {
    route: 'My Channels',
    module: 'src/features/channels/channels-page.tsx',
    maxKb: 190,
    signedIn: true,
  },
  {
    route: 'Update Channel',
    module: 'src/features/channels/channel-page.tsx',
    maxKb: 190,
    signedIn: true,
  },
  {
    route: 'Connect DMS',
    module: 'src/features/connection/connect-dms-page.tsx',
    maxKb: 190,
    signedIn: true,
  },
  { route: 'Users', module: 'src/features/users/users-page.tsx', maxKb: 190, signedIn: true },
  { route: 'Account', module: 'src/features/account/account-page.tsx', maxKb: 190, signedIn: true },
];
const SIGNED_IN_AREA = 'src/app/signed-in-area.tsx';

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('The build manifest has no entry chunk.');

function staticClosure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) {
    gzipCache.set(file, gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length);
  }
  return gzipCache.get(file);
}

// The mock Hub must never be part of what the live console loads up front.
function mockCodeIn(keys) {
  return [...keys].filter((key) => {
    const chunk = manifest[key];
    if (chunk.src?.startsWith('mocks/')) return true;
    const code = readFileSync(join(distDir, chunk.file), 'utf8');
    return code.includes('[MSW]') || code.includes('mockServiceWorker');
  });
}

let failed = false;
const rows = [];
for (const budget of budgets) {
  if (!manifest[budget.module]) {
    console.error(`No chunk for ${budget.module} in the build manifest.`);
    failed = true;
    continue;
  }
  const roots = [entryKey, budget.module, ...(budget.signedIn ? [SIGNED_IN_AREA] : [])];
  const keys = staticClosure(roots);
  const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const mock = mockCodeIn(keys);
  const pass = bytes <= budget.maxKb * KB && mock.length === 0;
  failed ||= !pass;
  rows.push({
    route: budget.route,
    'JS gzip (KB)': (bytes / KB).toFixed(1),
    'budget (KB)': budget.maxKb,
    chunks: files.length,
    'mock code': mock.length === 0 ? 'none' : mock.join(', '),
    result: pass ? 'pass' : 'FAIL',
  });
}

const mockChunks = Object.values(manifest).filter((chunk) => chunk.src?.startsWith('mocks/'));
const mockBytes = mockChunks.reduce((sum, chunk) => sum + gzipSize(chunk.file), 0);
console.log('First-visit JavaScript per route (production build, gzip level 9):');
console.table(rows);
console.log(
  `Mock Hub chunk, loaded only in mock mode: ${(mockBytes / KB).toFixed(1)} KB gzip in ${mockChunks.length} chunk(s).`,
);
if (failed) {
  console.error('Budget check failed.');
  process.exit(1);
}
console.log('Budget check passed.');
