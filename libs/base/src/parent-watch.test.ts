import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { EXIT_WITH_PARENT_ENV, exitWithParent } from './index.js';

test('without the variable, a process does not watch its parent', () => {
  let called = false;
  const stop = exitWithParent(() => (called = true), { env: {} });
  stop();
  assert.equal(called, false);
  const junk = exitWithParent(() => (called = true), { env: { [EXIT_WITH_PARENT_ENV]: 'yes' } });
  junk();
  assert.equal(called, false, 'a value that is not a pid is ignored');
});

test('a child told to exit with its parent stops when the parent is SIGKILLed', async () => {
  // parent: spawns the child, prints its pid, then waits to be killed.
  const childSrc = `
    import { exitWithParent } from '@daos-nats/base';
    exitWithParent((why) => { console.error('orphaned: ' + why); process.exit(0); }, { pollIntervalMs: 50 });
    setInterval(() => {}, 1000);`;
  const parentSrc = `
    import { spawn } from 'node:child_process';
    const c = spawn(process.execPath, ['--conditions=@daos-nats/source', '--import', 'tsx', '--input-type=module', '-e', ${JSON.stringify(childSrc)}],
      { stdio: 'ignore', env: { ...process.env, ${EXIT_WITH_PARENT_ENV}: String(process.pid) } });
    console.log(c.pid);
    setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ['--input-type=module', '-e', parentSrc], { stdio: ['ignore', 'pipe', 'inherit'] });
  const childPid = await new Promise<number>((resolve, reject) => {
    parent.stdout.once('data', (b: Buffer) => resolve(Number(String(b).trim())));
    parent.once('exit', () => reject(new Error('parent exited before starting its child')));
  });
  assert.ok(childPid > 0);
  // A zombie counts as gone: it has exited, and in a container nobody may reap it.
  const alive = (pid: number) => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  assert.ok(alive(childPid), 'the child runs while its parent lives');
  parent.kill('SIGKILL');
  const deadlineMs = Date.now() + 30_000;
  while (alive(childPid) && Date.now() < deadlineMs) await new Promise((r) => setTimeout(r, 50));
  const orphanSurvived = alive(childPid);
  if (orphanSurvived) process.kill(childPid, 'SIGKILL');
  assert.equal(orphanSurvived, false, 'the orphaned child stopped by itself');
});
