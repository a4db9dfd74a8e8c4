// daos_server: `node apps/server/src/main.ts --config daos_server.yml`. Logs one line per event
// on stderr; SIGTERM/SIGINT stop the engines, then the server.
import { exitWithParent } from '@daos-nats/base';
import { loadRoleAuth } from '@daos-nats/auth';
import { connectBus } from '@daos-nats/bus';
import { ControlServer } from './control-server.js';
import { loadServerConfig } from './server-config.js';

const i = process.argv.indexOf('--config');
if (i < 0 || !process.argv[i + 1]) {
  process.stderr.write('daos_server: usage: main.ts --config <daos_server.yml>\n');
  process.exit(2);
}
let config;
try {
  config = loadServerConfig(process.argv[i + 1]!);
} catch (err) {
  process.stderr.write(`daos_server: ${(err as Error).message}\n`);
  process.exit(2);
}
const log = (line: string) => process.stderr.write(`daos_server[${config.host}]: ${line}\n`);
exitWithParent((why) => {
  log(`exiting: ${why}`);
  process.exit(1);
});
// With DAOS_AUTH_DIR (npm start, compose) the server connects as the `server` role and signs its
// engines' joins with that role's credential.
const authDir = process.env['DAOS_AUTH_DIR'];
const auth = authDir ? await loadRoleAuth(authDir, 'server') : undefined;
const bus = await connectBus({ name: `server-${config.host}`, servers: config.natsUrl, ...auth?.bus });
const server = new ControlServer(config, bus, log, undefined, auth?.authorize);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.stop().then(() => bus.drain()).then(() => process.exit(0), (err: Error) => (log(`stop failed: ${err.message}`), process.exit(1)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
await server.start();
log(`serving ${config.engines.length} engine(s); dRPC on ${server.socket}`);
