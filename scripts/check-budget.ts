// Checks the production build against the console's JavaScript budgets and prints the figures.
// Run after `npm run build`; CI runs it on every change.
import { KB, measureRouteJs } from './route-js.ts';

const { rows, mockBytes, mockChunks } = measureRouteJs(process.argv[2] ?? 'dist');
let failed = false;
const table = rows.map((row) => {
  const pass = row.bytes <= row.maxKb * KB && row.mock.length === 0;
  failed ||= !pass;
  return {
    route: row.route,
    'JS gzip (KB)': (row.bytes / KB).toFixed(1),
    'budget (KB)': row.maxKb,
    chunks: row.chunks,
    'mock code': row.mock.length === 0 ? 'none' : row.mock.join(', '),
    result: pass ? 'pass' : 'FAIL',
  };
});
console.log('First-visit JavaScript per route (production build, gzip level 9):');
console.table(table);
console.log(
  `Mock Hub chunk, loaded only in mock mode: ${(mockBytes / KB).toFixed(1)} KB gzip in ${mockChunks} chunk(s).`,
);
if (failed) {
  console.error('Budget check failed.');
  process.exit(1);
}
console.log('Budget check passed.');
