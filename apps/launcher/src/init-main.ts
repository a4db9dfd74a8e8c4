// The one-shot init step of a containerised system (docker-compose.yml service `init`): what
// `npm start` does before it starts anything, for processes that run elsewhere.
//   node apps/launcher/bundle/init-main.js --dir /system --system daos_server --nats-url nats://nats:4222 \
//        --servers 2 --server-data-dir /data --targets 4
// Writes, keeping secrets that already exist (so a re-run after an upgrade changes nothing):
//   <dir>/auth/...                         every role's NATS user and the credential keys (libs/auth)
//   <dir>/nats/nats-server.conf            the NATS configuration with the system's authorization
//   <dir>/server-node<i>/daos_server.yml   one control server's configuration per host
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serverYaml } from './server-yaml.js';
import { prepareSystemAuth } from './system-auth-files.js';

const USAGE = `Usage: init-main.js --dir <dir> [--system NAME] [--nats-url URL] [--servers N] [--server-data-dir DIR] [--targets N] [--ms-replicas 0,1,2]`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      dir: { type: 'string' },
      system: { type: 'string', default: 'daos_server' },
      'nats-url': { type: 'string', default: 'nats://nats:4222' },
      servers: { type: 'string', default: '2' },
      'server-data-dir': { type: 'string', default: '/data' },
      targets: { type: 'string', default: '4' },
      'ms-replicas': { type: 'string', default: '0,1,2' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (e) {
  process.stderr.write(`init: ${(e as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (values.help || !values.dir) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const servers = Number(values.servers);
const targets = Number(values.targets);
const msReplicas = values['ms-replicas'].split(',').map(Number);
if (msReplicas.some((r) => !Number.isInteger(r) || r < 0)) {
  process.stderr.write(`init: --ms-replicas must be a list of ranks, e.g. 0,1,2\n`);
  process.exit(2);
}
if (!Number.isInteger(servers) || servers < 0 || servers > 64 || !Number.isInteger(targets) || targets < 1 || targets > 64) {
  process.stderr.write(`init: --servers must be 0..64 and --targets 1..64\n`);
  process.exit(2);
}

const files = await prepareSystemAuth(values.dir, values.system, join(values.dir, 'nats'));
for (let i = 0; i < servers; i++) {
  const dir = join(values.dir, `server-node${i}`);
  await mkdir(dir, { recursive: true });
  const yml = serverYaml({ system: values.system, host: `node${i}`, natsUrl: values['nats-url'], msReplicas, dir: values['server-data-dir'], targets });
  await writeFile(join(dir, 'daos_server.yml'), yml);
}
process.stdout.write(`${JSON.stringify({ msg: 'system initialised', dir: values.dir, system: values.system, natsConfig: files.configFile, servers })}\n`);
