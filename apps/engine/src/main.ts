// daos_engine: `node apps/engine/src/main.ts --config <engine.json>` (its server writes the file).
// Exits 1 with a line on stderr when it cannot start or an xstream dies; 0 on SIGTERM/KILL_RANK.
import { readFileSync } from 'node:fs';
import { exitWithParent } from '@daos-nats/base';
import { Engine } from './engine.js';
import { validateEngineConfig } from './engine-config.js';

const i = process.argv.indexOf('--config');
if (i < 0 || !process.argv[i + 1]) {
  process.stderr.write('daos_engine: usage: main.ts --config <engine.json>\n');
  process.exit(2);
}
const config = validateEngineConfig(JSON.parse(readFileSync(process.argv[i + 1]!, 'utf8')));
const tag = `daos_engine[${config.instanceIdx}]`;
const fatal = (why: string, code: number) => {
  process.stderr.write(`${tag}: ${why}\n`);
  process.exit(code);
};
const engine = new Engine(config, { onFatal: fatal, log: (l) => process.stderr.write(`${tag}: ${l}\n`) });
exitWithParent((why) => fatal(`exiting: ${why}`, 1));
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  engine.stop().then(() => process.exit(0), (err: Error) => fatal(`stop failed: ${err.message}`, 1));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
try {
  await engine.start();
  process.stderr.write(`${tag}: started ${engine.xstreams} xstreams for ${config.targets} targets, dRPC on ${config.drpcSocket}\n`);
} catch (err) {
  fatal(`start failed: ${(err as Error).message}`, 1);
}
