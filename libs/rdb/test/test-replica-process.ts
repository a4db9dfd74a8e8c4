/**
 * A replica in its own process, for the multi-process crash test: raft messages and client
 * requests travel over Node IPC to the parent, which routes them. Killed with SIGKILL, it keeps
 * only what SQLite made durable.
 * Env: RDB_FILE, RDB_RANK, RDB_MEMBERS (comma-separated ranks), RDB_CREATE ("1" to create).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { rank, SeededRng } from '@daos-nats/base';
import { KvsClass } from '../src/keys.js';
import { RaftRouter } from '../src/raft-router.js';
import { packReplicaId, type ReplicaId } from '../src/replica-id.js';
import { Replica } from '../src/replica.js';

type FromParent =
  | { t: 'raft'; bytes: Uint8Array }
  | { t: 'commit'; id: number; key: number; value: string }
  | { t: 'read'; id: number; keys: number[] }
  | { t: 'status'; id: number }
  | { t: 'loop'; id: number };

const send = (m: unknown) => process.send!(m);
const id = (r: number): ReplicaId => ({ rank: rank(r), gen: 1 });
const self = id(Number(process.env['RDB_RANK']));
const members = process.env['RDB_MEMBERS']!.split(',').map((r) => id(Number(r)));
const router = new RaftRouter({ publish: (_group, to, bytes) => (send({ t: 'raft', to: to.rank, bytes }), true) });
const opts = {
  file: process.env['RDB_FILE']!,
  id: self,
  transport: router.transport('test', packReplicaId(self)),
  tickIntervalMs: 10,
  commitTimeoutMs: 2000,
  compactEntriesMin: 32,
  raft: { electionTimeoutTicks: 20, heartbeatTicks: 3, ...(process.env['RDB_INFLIGHT_BYTES_MAX'] ? { inflightBytesMax: Number(process.env['RDB_INFLIGHT_BYTES_MAX']) } : {}) },
  rng: new SeededRng(self.rank * 7919 + process.pid),
  onFatal: (e: unknown) => {
    console.error('fatal', e);
    process.exit(3);
  },
};
const replica = process.env['RDB_CREATE'] === '1' ? Replica.create(opts, members) : Replica.open(opts);

/** The event loop's longest delay since the last `loop` request: how long work held it. */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on('message', (m: FromParent) => {
  if (m.t === 'raft') router.deliver(m.bytes);
  else void answer(m);
});

async function answer(m: Exclude<FromParent, { t: 'raft' }>): Promise<void> {
  try {
    if (m.t === 'loop') {
      send({ t: 'reply', id: m.id, ok: true, loopMaxMs: Math.round(loopDelay.max / 1e6), leader: replica.isLeader });
      loopDelay.reset();
      return;
    }
    if (m.t === 'status') {
      send({ t: 'reply', id: m.id, ok: true, leader: replica.isLeader, applied: replica.appliedIndex, dump: replica.state.dump() });
      return;
    }
    const tx = await replica.begin();
    if (m.t === 'commit') {
      if (m.key === 0) tx.createRoot(KvsClass.Integer);
      else tx.update([], BigInt(m.key), new TextEncoder().encode(m.value));
      await tx.commit();
      send({ t: 'reply', id: m.id, ok: true });
      return;
    }
    const values: string[] = [];
    for (const k of m.keys) values.push(new TextDecoder().decode(await tx.lookup([], BigInt(k))));
    send({ t: 'reply', id: m.id, ok: true, values });
  } catch (e) {
    send({ t: 'reply', id: m.id, ok: false, err: (e as Error).name, msg: (e as Error).message });
  }
}

process.on('disconnect', () => {
  replica.close();
  process.exit(0);
});
send({ t: 'ready' });
