/**
 * `npm run bench -- <name> [args...]` runs the benchmark `bench/<name>.ts` with `args` as its own
 * command line (each also runs on its own: `node --conditions=@daos-nats/source --import tsx
 * bench/<name>.ts`). A benchmark prints one line per figure. Other files in bench/ are helpers:
 * a benchmark is listed here.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadGate, loadLine } from './load-gate.js';

const benchmarks: Readonly<Record<string, string>> = {
  objects: 'object I/O on 3 in-process engines: 4 KiB put/get at 1/16/256 clients and 1 MiB array writes, S1 and RP_3G1',
  drpc: 'dRPC round trip at 1/16 clients over a unix socket, and engine target dispatch (NATS -> target xstream -> reply)',
  iv: 'IV caches: fetch hit/miss p50/p99 and invalidation to all caches, 3 cache processes and 12/48 caches in one process',
  rdb: 'rdb alone over NATS: 3 replica processes, commits/s and latency at 1/16/256 in flight, failover after kill -9',
  services: 'the whole system as npm start runs it: pool create, pool connect, container create, container open at 1 and 16 clients',
  locks: 'the lock service: uncontended acquire+release (cached, uncached) and 16 clients on one lock, vs etcd (etcd3 client) when installed',
  'profile-put': 'kv puts with --cpu-prof on the 3 replicas and the client: percent of busy CPU per stage of the put path',
  rsvc: 'kv-example through dc-rsvc, 3 replica processes: put/get at 1/16/256 clients and failover, vs etcd (etcd3 client) and JetStream KV R3',
  'pool-create': 'the whole system as npm start runs it: N sequential pool creates (default 8), p50 and where each create spent its time (from the MS log)',
  'catch-up': 'a follower killed, 100,000 puts, restarted under 500 puts/s: time until its applied index reaches the leader\'s, snapshot or log',
  flood: 'memory under --minutes (10) of the largest accepted kv.put from 32 clients, some over the limit: RSS per replica, first vs last minute',
  scale: 'N pools (default 1000) × 3 replicas on 3 pool-service processes: idle CPU per process, RSS per replica, 1-client pool connect p50',
};

const [name, ...args] = process.argv.slice(2);
if (name === undefined || !Object.hasOwn(benchmarks, name)) {
  const list = Object.entries(benchmarks).map(([n, what]) => `  ${n.padEnd(10)} ${what}`);
  process.stderr.write(`usage: npm run bench -- <name> [args...]\n${list.join('\n')}\n`);
  process.exit(2);
}
// These print the load under their own tables; every other benchmark gets it here, at exit, so no
// figure is ever printed without the load it was taken at.
const printsItsLoad = new Set(['locks', 'profile-put', 'rsvc', 'scale', 'services']);
if (!printsItsLoad.has(name)) {
  const gate = loadGate();
  process.on('exit', () => console.log(loadLine(gate)));
}
const file = join(dirname(fileURLToPath(import.meta.url)), `${name}.ts`);
process.argv = [process.argv[0]!, file, ...args];
await import(pathToFileURL(file).href);
