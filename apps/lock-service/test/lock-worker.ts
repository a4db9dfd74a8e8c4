// A lock client in a process of its own, for tests that SIGKILL or SIGSTOP holders. Prints one
// JSON line per event: {"ev": "granted"|"act"|"released"|"error", "token", "atUs", "pid"}, with
// wall-clock microseconds (one clock for every process of the machine).
//
//   LOCK_MODE=hold   acquire LOCK_NAME once and hold it until killed (heartbeats keep the lease)
//   LOCK_MODE=loop   forever: acquire, act LOCK_ACTS times (each act is recorded only if the
//                    grant was valid at the instant recorded), release
import { SeededRng } from '@daos-nats/base';
import { connectBus } from '@daos-nats/bus';
import { LockClient } from '@daos-nats/lock-client';

const atUs = (): number => Math.round((performance.timeOrigin + performance.now()) * 1000);
const say = (o: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify({ ...o, atUs: atUs(), pid: process.pid })}\n`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const name = process.env['LOCK_NAME'] ?? 'm';
const seed = Number(process.env['LOCK_SEED'] ?? 1);
const acts = Number(process.env['LOCK_ACTS'] ?? 3);
const bus = await connectBus({ name: `lock-worker-${seed}`, servers: process.env['NATS_URL'] ?? '' });
const client = await LockClient.open({
  bus,
  system: process.env['DAOS_SYSTEM'] ?? 'daos_server',
  ranks: (process.env['LOCK_REPLICAS'] ?? '0,1,2').split(',').map(Number),
  rng: new SeededRng(seed),
  config: { leaseMs: Number(process.env['LOCK_LEASE_MS'] ?? 1500), acquireTimeoutMs: 20_000 },
});
say({ ev: 'ready', notify: client.session.notifyToken });

if (process.env['LOCK_MODE'] === 'hold') {
  const g = await client.acquire(name);
  say({ ev: 'granted', token: g.token });
  setInterval(() => undefined, 1 << 30);
} else {
  const rng = new SeededRng(seed);
  for (;;) {
    let g;
    try {
      g = await client.acquire(name);
    } catch (e) {
      say({ ev: 'error', err: (e as Error).message });
      continue;
    }
    say({ ev: 'granted', token: g.token });
    for (let i = 0; i < acts; i++) {
      // Take the instant first, then check validity at that instant: a pause after this line
      // cannot make a recorded instant fall outside the validity the client believed in.
      const wall = atUs();
      const mono = performance.now();
      if (mono >= g.validUntilMs()) break;
      process.stdout.write(`${JSON.stringify({ ev: 'act', token: g.token, atUs: wall, pid: process.pid })}\n`);
      await sleep(1 + rng.int(5));
    }
    await g.release();
    say({ ev: 'released', token: g.token });
    // Release to the server sometimes (a hot lock otherwise never moves if others are slow to queue).
    await sleep(rng.int(10));
  }
}
