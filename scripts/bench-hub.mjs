// `npm run bench:hub`: the HTTP Hub under load. Starts `npm run hub` on a free port with a fresh
// data directory, loads the large data set, signs in through the API, and drives GET /channels
// and PUT /channels/{id} with autocannon at 10 and 100 connections, then a mixed run, and prints
// one table against the targets. The load generator runs on the same machine as the Hub and
// shares its cores, so every figure here is a floor, not the Hub's ceiling.
//
// Durations: `--seconds=N` (or BENCH_SECONDS) for each single-route run, 10 s by default;
// `--mixed-seconds=N` (or BENCH_MIXED_SECONDS) for the mixed run, 300 s by default. A quick look:
// `npm run bench:hub -- --seconds=5 --mixed-seconds=15`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { toChannelUpdate } from '../src/api/channel-schema.ts';

const ADMIN = {
  account: 'Demo Corp',
  email: 'admin@demo-corp.example',
  password: 'Demo-Console-2026',
};
// The first page of My Channels as the console asks for it.
const LIST_PATH = '/api/v2.0/channels?page=1&pageSize=25&sort=name';
// Four reads to one save, as an admin team browsing and editing would send them.
const MIX = { gets: 4, puts: 1 };
const TARGETS = {
  get: { rps: 500, p99: 100 },
  put: { rps: 300, p99: 100 },
  rssMb: 300,
};

function option(name, envName, fallback) {
  const flag = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = Number(flag ? flag.slice(name.length + 3) : (process.env[envName] ?? fallback));
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} takes a number of seconds.`);
  return value;
}
const SECONDS = option('seconds', 'BENCH_SECONDS', 10);
const MIXED_SECONDS = option('mixed-seconds', 'BENCH_MIXED_SECONDS', 300);

function step(message) {
  console.log(`[bench:hub] ${message}`);
}

/** Starts the Hub on a free port; resolves with the process and its origin once it listens. */
function startHub(dataFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts', '--fresh'], {
      env: { ...process.env, HUB_PORT: '0', HUB_DATA_FILE: dataFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      const listening = /Mock Hub on (http:\/\/localhost:\d+)/.exec(output);
      if (listening) resolve({ child, origin: listening[1].replace('localhost', '127.0.0.1') });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => reject(new Error(`The Hub exited (${code}):\n${output}`)));
  });
}

/** CPU seconds the process has used (user + system), from /proc (Linux clock ticks of 1/100 s). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the line; 12 and 13 after the command's name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMegabytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: kilobytes('VmRSS') / 1024, peak: kilobytes('VmHWM') / 1024 };
}

async function call(origin, path, init = {}) {
  const response = await fetch(`${origin}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/**
 * Every channel of the account with its current version. PUTs go round the channels in turn, so
 * no two saves in flight name the same channel, and each answer's version is the next If-Match.
 */
async function readChannels(origin, token) {
  const channels = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = await call(origin, `/api/v2.0/channels?page=${page}&pageSize=100`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    channels.push(...items);
    if (channels.length >= total || items.length === 0) return channels;
  }
}

function channelSaves(token, channels) {
  let next = 0;
  let saves = 0;
  return {
    method: 'PUT',
    setupRequest(request) {
      const channel = channels[next];
      next = (next + 1) % channels.length;
      saves += 1;
      // A real change each time: the description carries the save's number.
      const update = { ...toChannelUpdate(channel), description: `Saved by the bench, #${saves}` };
      return {
        ...request,
        path: `/api/v2.0/channels/${channel.id}`,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'If-Match': `"${channel.version}"`,
        },
        body: JSON.stringify(update),
      };
    },
    onResponse(status, body) {
      if (status !== 200) return;
      const saved = JSON.parse(body);
      const index = channels.findIndex((channel) => channel.id === saved.id);
      if (index >= 0) channels[index] = saved;
    },
  };
}

function listRequest(token) {
  return {
    method: 'GET',
    path: LIST_PATH,
    // As a browser asks: the Hub compresses pages over 1 KB.
    headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip, deflate' },
  };
}

/** One autocannon run, with the CPU time the Hub spent on it. */
function run(hub, connections, duration, requests) {
  const cpuBefore = cpuSeconds(hub.child.pid);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: hub.origin, connections, duration, requests, timeout: 30 },
      (error, result) =>
        error
          ? reject(error)
          : resolve({ ...result, hubCpu: cpuSeconds(hub.child.pid) - cpuBefore }),
    );
    process.once('SIGINT', () => instance.stop());
  });
}

function row(name, connections, result, target) {
  const rps = result.requests.average;
  const { p50, p99 } = result.latency;
  const failed = result.non2xx + result.errors + result.timeouts;
  const verdict = target
    ? rps >= target.rps && p99 <= target.p99
      ? 'pass'
      : 'FAIL'
    : connections === 10
      ? ''
      : '(no target)';
  return {
    run: name,
    connections,
    'requests/s': Math.round(rps),
    'p50 ms': p50,
    'p99 ms': p99,
    requests: result.requests.total,
    'not 2xx': failed,
    // What one request costs the Hub, whatever else runs: 1,000 / this is what one free core
    // would serve.
    'Hub CPU ms/req': ((result.hubCpu * 1000) / Math.max(1, result.requests.total)).toFixed(2),
    target: target ? `≥ ${target.rps}/s, p99 ≤ ${target.p99} ms: ${verdict}` : verdict,
  };
}

const directory = mkdtempSync(join(tmpdir(), 'hub-bench-'));
let hub;
try {
  step(
    `data in ${directory}; ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} before the run`,
  );
  hub = await startHub(join(directory, 'hub.json'));
  const { origin, child } = hub;
  await call(origin, '/__hub/large-data-set', { method: 'POST', body: '{}' });
  const { token } = await call(origin, '/api/v2.0/auth/token', {
    method: 'POST',
    body: JSON.stringify(ADMIN),
  });
  const { length: channelCount } = await readChannels(origin, token);
  step(`${channelCount} channels loaded; signed in as ${ADMIN.email}`);

  // Not measured: the Hub's code is compiled while it warms up.
  step('warming up, 3 s');
  await run(hub, 10, 3, [
    listRequest(token),
    channelSaves(token, await readChannels(origin, token)),
  ]);

  const rows = [];
  for (const connections of [10, 100]) {
    step(`GET /channels, ${connections} connections, ${SECONDS} s`);
    const list = await run(hub, connections, SECONDS, [listRequest(token)]);
    rows.push(row('GET /channels', connections, list, connections === 10 && TARGETS.get));
    step(`PUT /channels/{id}, ${connections} connections, ${SECONDS} s`);
    // Read again before each run: saves cut off by the end of the last run moved versions on.
    const channels = await readChannels(origin, token);
    const save = await run(hub, connections, SECONDS, [channelSaves(token, channels)]);
    rows.push(row('PUT /channels/{id}', connections, save, connections === 10 && TARGETS.put));
  }
  const mixName = `mixed ${MIX.gets * 20}% GET / ${MIX.puts * 20}% PUT`;
  step(`${mixName}, 10 connections, ${MIXED_SECONDS} s`);
  const mixed = await run(hub, 10, MIXED_SECONDS, [
    ...Array.from({ length: MIX.gets }, () => listRequest(token)),
    channelSaves(token, await readChannels(origin, token)),
  ]);
  rows.push(row(mixName, 10, mixed));
  const memory = rssMegabytes(child.pid);
  const loadAfter = loadavg()[0];

  console.log('');
  console.table(rows);
  console.log(
    `Hub RSS after the mixed run: ${memory.rss.toFixed(0)} MB (peak ${memory.peak.toFixed(0)} MB); ` +
      `target < ${TARGETS.rssMb} MB: ${memory.rss < TARGETS.rssMb ? 'pass' : 'FAIL'}`,
  );
  console.log(
    `Large data set: ${channelCount} channels, 5,000 users. Every PUT is a versioned save (If-Match).`,
  );
  console.log(
    `The load generator (autocannon) runs on this machine and shares its ${availableParallelism()} cores with the Hub; ` +
      `load average ${loadAfter.toFixed(1)} at the end.`,
  );
} finally {
  hub?.child.removeAllListeners('exit');
  hub?.child.kill();
  rmSync(directory, { recursive: true, force: true });
}
