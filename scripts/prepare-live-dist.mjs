// Makes dist-live/: the same production build, configured for live mode against `npm run hub`.
// It shows the one-build-two-modes promise: only config.json differs.
import { cpSync, rmSync, writeFileSync } from 'node:fs';

const hubBaseUrl = process.env.LIVE_HUB_BASE_URL ?? 'http://localhost:4174/api/v2.0';
rmSync('dist-live', { recursive: true, force: true });
cpSync('dist', 'dist-live', { recursive: true });
writeFileSync(
  'dist-live/config.json',
  `${JSON.stringify({ mode: 'live', hubBaseUrl }, null, 2)}\n`,
);
console.log(`dist-live/ serves the build in live mode against ${hubBaseUrl}.`);
