import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SeededRng } from '@daos-nats/base';
import { tempDir } from '../test/test-util.js';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), '../test/test-replica-process.ts');

interface Reply {
  t: 'reply';
  id: number;
  ok: boolean;
  err?: string;
  msg?: string;
  leader?: boolean;
  applied?: number;
  dump?: Uint8Array;
  values?: string[];
}

/** Three replica processes whose raft traffic and client calls go through this process. */
class ProcessCluster {
  readonly procs = new Map<number, ChildProcess>();
  private nextId = 1;
  private readonly pending = new Map<number, (r: Reply) => void>();
  readonly tmp = tempDir();
  /** Exits nobody asked for (a replica that stopped itself: onFatal, a crash). */
  readonly unexpectedExits: string[] = [];

  start(r: number, create: boolean): Promise<void> {
    const child = fork(script, [], {
      execArgv: ['--conditions=@daos-nats/source', '--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, RDB_FILE: path.join(this.tmp.dir, `r${r}.db`), RDB_RANK: String(r), RDB_MEMBERS: '1,2,3', RDB_CREATE: create ? '1' : '0' },
    });
    this.procs.set(r, child);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`replica ${r} did not start within 20 s`)), 20_000);
      child.on('message', (m: { t: 'ready' } | { t: 'raft'; to: number; bytes: Uint8Array } | Reply) => {
        if (m.t === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (m.t === 'raft') this.procs.get(m.to)?.send({ t: 'raft', bytes: m.bytes }, () => undefined);
        else if (m.t === 'reply') this.pending.get(m.id)?.(m);
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') this.unexpectedExits.push(`replica ${r}: code ${code} signal ${signal}`);
        if (this.procs.get(r) === child) this.procs.delete(r);
      });
    });
  }

  kill(r: number): void {
    this.procs.get(r)?.kill('SIGKILL');
    this.procs.delete(r);
  }

  call(r: number, m: object, timeoutMs = 3000): Promise<Reply> {
    const child = this.procs.get(r);
    if (!child) return Promise.resolve({ t: 'reply', id: 0, ok: false, err: 'Down' });
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ t: 'reply', id, ok: false, err: 'NoAnswer' });
      }, timeoutMs);
      this.pending.set(id, (rep) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(rep);
      });
      child.send({ ...m, id }, () => undefined);
    });
  }

  async leader(): Promise<number | undefined> {
    for (const r of this.procs.keys()) if ((await this.call(r, { t: 'status' })).leader) return r;
    return undefined;
  }

  stop(): void {
    for (const r of [...this.procs.keys()]) this.kill(r);
    this.tmp.cleanup();
  }
}

test('three replica processes, the leader or a follower SIGKILLed under load: acknowledged commits survive restarts and replicas converge', async () => {
  const c = new ProcessCluster();
  const rng = new SeededRng(99);
  try {
    await Promise.all([1, 2, 3].map((r) => c.start(r, true)));
    let leader: number | undefined;
    const deadline = Date.now() + 20_000;
    while ((leader = await c.leader()) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(leader !== undefined, 'a leader within 20 s');
    assert.ok((await c.call(leader, { t: 'commit', key: 0, value: '' })).ok, 'create the root');

    const acked = new Map<number, string>();
    let stop = false;
    const client = (async () => {
      let k = 1;
      while (!stop) {
        const l = await c.leader();
        if (l === undefined) {
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        const v = `v${k}`;
        const rep = await c.call(l, { t: 'commit', key: k, value: v });
        if (rep.ok) acked.set(k++, v);
        else assert.ok(['NotLeaderError', 'TimedOutError', 'ShutdownError', 'Down', 'NoAnswer', 'BusyError'].includes(rep.err!), `${rep.err}: ${rep.msg}`);
      }
    })();
    let kills = 0;
    for (let round = 0; round < 4; round++) {
      await new Promise((r) => setTimeout(r, 400 + rng.int(400)));
      const victim = rng.chance(0.5) ? ((await c.leader()) ?? 1 + rng.int(3)) : 1 + rng.int(3);
      c.kill(victim);
      kills++;
      await new Promise((r) => setTimeout(r, 100 + rng.int(300)));
      await c.start(victim, false);
    }
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await client;
    assert.equal(kills, 4);
    assert.ok(acked.size >= 5, `the client made progress through the kills (${acked.size} commits)`);

    const l = (await c.leader())!;
    assert.ok((await c.call(l, { t: 'commit', key: 1_000_000, value: 'barrier' })).ok);
    const target = (await c.call(l, { t: 'status' })).applied!;
    const status = new Map<number, Reply>();
    for (const end = Date.now() + 20_000; Date.now() < end; ) {
      for (const r of [1, 2, 3]) status.set(r, await c.call(r, { t: 'status' }));
      if ([1, 2, 3].every((r) => (status.get(r)?.applied ?? 0) >= target)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok([1, 2, 3].every((r) => (status.get(r)?.applied ?? 0) >= target), 'every replica applied the barrier within 20 s');
    const dumps = [1, 2, 3].map((r) => Buffer.from(status.get(r)!.dump!).toString('hex'));
    assert.equal(new Set(dumps).size, 1, 'byte-identical state on every replica');
    const keys = [...acked.keys()];
    const read = await c.call(l, { t: 'read', keys });
    assert.ok(read.ok, `${read.err}: ${read.msg}`);
    assert.deepEqual(read.values, keys.map((k) => acked.get(k)));
    assert.deepEqual(c.unexpectedExits, []);
  } finally {
    c.stop();
  }
});
