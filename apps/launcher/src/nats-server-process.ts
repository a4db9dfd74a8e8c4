import { accessSync, constants } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ManagedProcess } from './managed-process.js';

/** Where nats-server is: $NATS_SERVER_BIN, PATH, then the sbin directories Debian uses. */
export function findNatsServer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['NATS_SERVER_BIN']) return env['NATS_SERVER_BIN'];
  const dirs = [...(env['PATH'] ?? '').split(':').filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/usr/local/bin'];
  for (const d of dirs) {
    const p = join(d, 'nats-server');
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

// nats-server runs under a small sh watchdog whose stdin is a pipe from the launcher: if the
// launcher dies, even by SIGKILL, the pipe closes and the watchdog kills the server, so no NATS is
// left behind holding a port. A signal to the watchdog is passed on to the server.
const WATCHDOG = [
  'exec 3<&0',
  '"$@" </dev/null &',
  'server=$!',
  "trap 'kill -TERM \"$server\" 2>/dev/null' TERM INT",
  '{ cat >/dev/null; kill -KILL "$server" 2>/dev/null; } <&3 &',
  'watcher=$!',
  'while kill -0 "$server" 2>/dev/null; do wait "$server"; done',
  'kill "$watcher" 2>/dev/null',
].join('\n');

export interface StartedNats {
  readonly process: ManagedProcess;
  readonly url: string;
}

/** Start nats-server on 127.0.0.1 and a free port; resolves once it listens (or fails with its output). */
export async function startNatsServer(o: { dir: string; write: (line: string) => void; startTimeoutMs: number; onExit: () => void; configFile?: string }): Promise<StartedNats> {
  const binary = findNatsServer();
  if (binary === undefined) throw new Error('nats-server not found on PATH (nor in /usr/sbin): install it (https://github.com/nats-io/nats-server/releases) or set NATS_URL');
  await mkdir(o.dir, { recursive: true });
  for (const f of await readdir(o.dir)) if (f.endsWith('.ports')) await rm(join(o.dir, f), { force: true });
  // Command-line flags override the file's; the file carries the users and their permissions.
  const args = [...(o.configFile ? ['-c', o.configFile] : []), '-a', '127.0.0.1', '-p', '-1', '--ports_file_dir', o.dir, '-n', 'daos-nats'];
  const proc = new ManagedProcess({
    name: 'nats-server',
    command: 'sh',
    args: ['-c', WATCHDOG, 'nats-server-watchdog', binary, ...args],
    env: process.env,
    detached: true,
    stdinPipe: true,
    write: o.write,
    onExit: o.onExit,
  });
  const deadline = Date.now() + o.startTimeoutMs;
  while (Date.now() < deadline) {
    if (!proc.running) throw new Error(`nats-server (${binary}) exited before listening`);
    const f = (await readdir(o.dir)).find((n) => /^nats-server_\d+\.ports$/.test(n));
    if (f) {
      const ports = JSON.parse(await readFile(join(o.dir, f), 'utf8')) as { nats?: string[] };
      const url = ports.nats?.[0];
      if (url) return { process: proc, url: `nats://127.0.0.1:${new URL(url).port}` };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await proc.stop(2000);
  throw new Error(`nats-server did not listen within ${o.startTimeoutMs} ms`);
}
