import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TimedOutError } from '@daos-nats/base';
import { spawnChild, startNatsServer, tempDir, waitFor } from './index.js';

/** The first line a NATS server sends on a new connection ("INFO {...}"), or the socket error. */
function readInfo(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = connect({ host: '127.0.0.1', port });
    sock.setTimeout(2000, () => sock.destroy(new Error('no INFO within 2 s')));
    sock.once('data', (b) => {
      sock.destroy();
      resolve(b.toString('utf8').split('\r\n')[0]!);
    });
    sock.once('error', reject);
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('a nats-server starts on a free port, stops, and restarts on the same port', async () => {
  await using server = await startNatsServer();
  assert.ok(server.port > 0);
  assert.equal(server.url, `nats://127.0.0.1:${server.port}`);
  assert.match(await readInfo(server.port), /^INFO \{/);

  const port = server.port;
  await server.kill();
  assert.equal(server.running, false);
  await assert.rejects(readInfo(port), /ECONNREFUSED/);

  await server.start();
  assert.equal(server.port, port, 'restart keeps the port');
  assert.match(await readInfo(port), /^INFO \{/);
  await server.restart();
  assert.match(await readInfo(port), /^INFO \{/);
});

test('a server that cannot start fails with its stderr in the error', async () => {
  await assert.rejects(startNatsServer({ args: ['--no-such-flag'], startTimeoutMs: 5000 }), (e: unknown) => {
    assert.ok(e instanceof Error);
    assert.match(e.message, /nats-server failed to start/);
    assert.match(e.message, /no-such-flag/);
    return true;
  });
});

test('a nats-server dies with the test process that started it, even on SIGKILL', async () => {
  const serverModule = new URL('./nats-server.ts', import.meta.url).href;
  const script = `const { startNatsServer } = await import(${JSON.stringify(serverModule)});
const s = await startNatsServer(); console.log(s.pid); setInterval(() => {}, 1000);`;
  await using holder = spawnChild(process.execPath, ['--conditions=@daos-nats/source', '--import', 'tsx', '--input-type=module', '-e', script]);
  const pid = Number(await waitFor(() => holder.stdout.trim(), { timeoutMs: 15_000, what: 'the holder to print the server pid' }));
  assert.ok(alive(pid), 'server runs while its owner lives');
  await holder.kill('SIGKILL');
  await waitFor(() => !alive(pid), { timeoutMs: 5000, what: `orphaned nats-server ${pid} to be killed by its watchdog` });
});

test('waitFor returns the truthy value, or times out with the last error as cause', async () => {
  let n = 0;
  assert.equal(await waitFor(() => (++n >= 3 ? n : 0), { timeoutMs: 1000, intervalMs: 1 }), 3);
  await assert.rejects(
    waitFor(
      () => {
        throw new Error('not yet');
      },
      { timeoutMs: 30, what: 'the impossible' },
    ),
    (e: unknown) => e instanceof TimedOutError && /the impossible/.test(e.message) && (e.cause as Error).message === 'not yet',
  );
});

test('a temp dir and a child process are cleaned up on dispose', async () => {
  let path = '';
  let pid = 0;
  {
    await using dir = await tempDir('testkit-');
    path = dir.path;
    await writeFile(join(path, 'f'), 'x');
    await using child = spawnChild('sleep', ['30']);
    pid = child.pid!;
    assert.ok(alive(pid));
  }
  assert.equal(existsSync(path), false);
  assert.equal(alive(pid), false);
});
