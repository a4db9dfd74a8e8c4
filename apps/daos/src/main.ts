// daos: the DAOS user's CLI. Each command group lives in ./commands/<group>.ts and exports
// `register(program, ctx)`; this file only assembles them and sets the exit code.
import { createProgram, runProgram } from '@daos-nats/cli';
import { register as registerContainer } from './commands/container.js';
import { lockExecExitCode, register as registerLock } from './commands/lock.js';
import { register as registerObject } from './commands/object.js';
import { register as registerPool } from './commands/pool.js';

const { program, ctx } = createProgram({
  name: 'daos',
  description: 'Use a daos-nats system: pools, their containers and objects, and locks',
  examples: ['daos container create tank mycont', 'daos container query tank mycont', 'daos container list tank', 'daos pool query tank', 'daos lock exec mylock -- ./job.sh'],
});
registerPool(program, ctx);
registerContainer(program, ctx);
registerLock(program, ctx);
registerObject(program, ctx);
const status = await runProgram(program, ctx, process.argv.slice(2));
// `daos lock exec` ends with its command's exit status.
process.exitCode = status !== 0 ? status : lockExecExitCode;
