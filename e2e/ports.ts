import { execFileSync } from 'node:child_process';

/**
 * The ports of one browser-test run: the mock-mode build, the HTTP Hub and the live-mode build.
 * Free ports are chosen once, by the runner that loads the config first, and handed to its
 * workers through the environment, so that several runs can share a machine.
 */
function choosePorts(): [number, number, number] {
  const chosen = process.env.E2E_PORTS;
  if (chosen) {
    const [site, hub, live] = chosen.split(',').map(Number);
    if (site === undefined || hub === undefined || live === undefined)
      throw new Error(`E2E_PORTS names three ports, not "${chosen}"`);
    return [site, hub, live];
  }
  const script = `
    const net = require('node:net');
    const servers = [0, 1, 2].map(() => net.createServer().listen(0, '127.0.0.1'));
    Promise.all(servers.map((s) => new Promise((r) => s.on('listening', r)))).then(() => {
      process.stdout.write(servers.map((s) => s.address().port).join(','));
      servers.forEach((s) => s.close());
    });`;
  process.env.E2E_PORTS = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return choosePorts();
}

export const [SITE_PORT, HUB_PORT, LIVE_PORT] = choosePorts();
