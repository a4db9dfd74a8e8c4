// dmg: the DAOS administrator's CLI. Each command group lives in ./commands/<group>.ts and
// exports `register(program, ctx)`; this file only assembles them and sets the exit code.
import { createProgram, runProgram } from '@daos-nats/cli';
import { register as registerPool } from './commands/pool.js';
import { register as registerStorage } from './commands/storage.js';
import { register as registerSystem } from './commands/system.js';
import { register as registerTrace } from './commands/trace.js';

const { program, ctx } = createProgram({
  name: 'dmg',
  description: 'Administer a daos-nats system: its members and its pools',
  examples: ['dmg system query', 'dmg pool create --size 1G tank', 'dmg pool list', 'dmg pool query tank --json', 'dmg storage format'],
});
registerSystem(program, ctx);
registerPool(program, ctx);
registerStorage(program, ctx);
registerTrace(program, ctx);
process.exitCode = await runProgram(program, ctx, process.argv.slice(2));
