// npm start: the whole daos-nats system on one machine (see README.md for the process environment).
import { banner } from './banner.js';
import { runningLauncher } from './already-running.js';
import { Launcher } from './launcher.js';
import { LauncherUsageError, parseLauncherArgs, USAGE } from './launcher-options.js';
import { exitWithParent } from '@daos-nats/base';

let options;
try {
  options = parseLauncherArgs(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof LauncherUsageError)) throw e;
  console.error(`launcher: ${e.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options === 'help') {
  console.log(USAGE);
  process.exit(0);
}

const other = await runningLauncher(options.dataDir);
if (other !== undefined) {
  console.error(`launcher: a system is already running from ${options.dataDir} (launcher pid ${other}); stop it first (Ctrl-C in its terminal, or kill -INT ${other})`);
  process.exit(1);
}

const write = (line: string): void => void process.stdout.write(`${line}\n`);
const launcher = new Launcher(options, write);

let signals = 0;
async function shutdown(signal: string): Promise<void> {
  signals++;
  if (signals > 1) {
    write(`[launcher] ${signal} again: still stopping (a process that does not stop gets SIGKILL)`);
    return;
  }
  write(`[launcher] ${signal}: stopping the system`);
  await launcher.stop();
  write('[launcher] stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
exitWithParent((why) => void shutdown(why));

try {
  await launcher.start();
} catch (e) {
  write(`[launcher] could not start: ${(e as Error).message}`);
  await launcher.stop();
  process.exit(1);
}
const ready = await launcher.waitReady();
if (!launcher.isStopping) write(banner(options, launcher.url, ready));
// A slow start is still a start: keep watching, and mark the system ready when it is.
for (let late = !ready; late && !launcher.isStopping; ) {
  late = !(await launcher.waitReady());
  if (!late) write('[launcher] every member has joined: the system is up');
}
