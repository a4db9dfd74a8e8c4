import type { LauncherOptions } from './launcher-options.js';

/** What the user sees once the system is up: where it is and what to type next. */
export function banner(o: LauncherOptions, natsUrl: string, ready: boolean): string {
  const here = o.dataDir === `${process.cwd()}/.daos-nats`;
  const flags = here ? '' : ` --data-dir ${o.dataDir}`;
  const lines = [
    '',
    ready ? `daos-nats system "${o.system}" is up` : `daos-nats system "${o.system}" is running (not every member has joined yet)`,
    `  NATS      ${natsUrl}`,
    `  data      ${o.dataDir}`,
    `  services  ${o.msReplicas.length} mgmt, ${o.poolServices} pool, ${o.containerServices} container, ${o.lockServices} lock`,
    '',
    'In another terminal, from this directory:',
    `  npx dmg${flags} system query`,
    `  npx dmg${flags} pool create --size 1G tank`,
    `  npx daos${flags} container create tank mycont`,
    `  npx daos${flags} container query tank mycont`,
    ...(o.lockServices > 0 ? [`  npx daos${flags} lock exec mylock -- sh -c 'echo "holding mylock, fencing token $DAOS_LOCK_TOKEN"'`] : []),
    '',
    'Ctrl-C stops the system; `npm start` again finds all data.',
    '',
  ];
  return lines.join('\n');
}
