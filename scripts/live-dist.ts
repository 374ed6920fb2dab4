// `npm run live-dist`: a copy of the production build configured for live mode, ready for any
// static host. Only config.json and a <meta> Content Security Policy differ from dist/, so the
// policy travels with the files even where the host sends no header of its own.
//
//   LIVE_HUB_BASE_URL=https://hub.example.com/api/v2.0 npm run live-dist -- --out site
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from './csp';

const DEFAULT_HUB = 'http://localhost:4174/api/v2.0';
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? (process.argv[outIndex + 1] ?? '') : 'dist-live';
const hubBaseUrl = (process.env.LIVE_HUB_BASE_URL ?? DEFAULT_HUB).replace(/\/+$/, '');

function fail(message: string): never {
  console.error(`[live-dist] ${message}`);
  process.exit(1);
}

if (!outDir || outDir === 'dist') fail('--out names a new folder, not dist/ itself.');
if (!URL.canParse(hubBaseUrl) || !/^https?:$/.test(new URL(hubBaseUrl).protocol)) {
  fail(`LIVE_HUB_BASE_URL must be the Hub's absolute http(s) API base, not "${hubBaseUrl}".`);
}
let index: string;
try {
  index = readFileSync('dist/index.html', 'utf8');
} catch {
  fail('dist/index.html is missing: run `npm run build` first.');
}

const charset = /<meta charset="[^"]*" \/>/i;
if (!charset.test(index)) fail('dist/index.html has no <meta charset> to put the policy after.');

rmSync(outDir, { recursive: true, force: true });
cpSync('dist', outDir, { recursive: true });
writeFileSync(
  join(outDir, 'config.json'),
  `${JSON.stringify({ mode: 'live', hubBaseUrl }, null, 2)}\n`,
);
// Right after the charset: a <meta> policy governs only what comes after it.
const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hubBaseUrl, 'meta')}" />`;
writeFileSync(
  join(outDir, 'index.html'),
  index.replace(charset, (tag) => `${tag}\n    ${meta}`),
);
console.log(`[live-dist] ${outDir}/ serves the console in live mode against ${hubBaseUrl}.`);
console.log(
  `[live-dist] Send this header from the web server as well (it alone can forbid framing):\n  Content-Security-Policy: ${contentSecurityPolicy(hubBaseUrl)}`,
);
