// Reads a V8 .cpuprofile and splits its samples into the stages of our request path, by the source
// file of the frame that ran. Time in Node's own code (node:net, streams, timers) and in native
// frames is charged to the nearest calling frame of ours or of a library (a socket write called by
// nats.js is the NATS client's; better-sqlite3's COMMIT blocked in fsync is SQLite's); only what
// no such frame called (the event loop itself) stays "node runtime".
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** A profile's time span (µs on V8's monotonic clock, the same in every process of one machine). */
export function profileWindow(file: string): { startUs: number; endUs: number } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  return { startUs: p.startTime, endUs: p.endTime };
}

/** First match wins: [stage, test on the frame's url or, for url-less frames, its function name]. */
const STAGES: readonly (readonly [string, RegExp])[] = [
  ['sqlite (better-sqlite3, incl. fsync)', /better-sqlite3/],
  ['rdb storage (persist: log, hard state)', /libs\/rdb\/src\/(sqlite-storage|sqlite-file|replica-file|entry-cache|term-runs)/],
  ['rdb apply (state, kvs tree, tx codec)', /libs\/rdb\/src\/(rdb-state|kvs-tree|tx-codec|transaction|byte-)/],
  ['rdb ready loop (replica, waiters, wire)', /libs\/rdb\/src\//],
  ['raft core', /libs\/raft\//],
  ['rsvc (dispatch, dedup)', /libs\/rsvc\//],
  ['kv service', /apps\/kv-example\/src\//],
  ['client lib (client, dc-rsvc)', /libs\/(client|dc-rsvc)\//],
  ['protobuf (encode/decode)', /protobufjs|libs\/proto\//],
  ['bus (envelopes, request/reply)', /libs\/bus\//],
  ['nats client', /@nats-io/],
  ['telemetry (otel spans)', /@opentelemetry|libs\/telemetry\//],
  ['logging (pino)', /pino/],
  ['tsx loader', /tsx|esbuild/],
  ['node runtime (net, timers, streams)', /^node:/],
  ['garbage collector', /^\(garbage collector\)$/],
];
const OTHER = 'other (program, unattributed native)';
/** Stages that are charged to the caller when there is one. */
const CALLER_PAYS = new Set(['node runtime (net, timers, streams)', undefined]);

/** Percent of non-idle CPU samples per stage and the non-idle sampled ms, of the samples within `window` if given. */
export function stageBreakdown(file: string, window?: { startUs: number; endUs: number }): { busyMs: number; percent: Map<string, number> } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const own = (id: number): string | undefined => {
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') return 'idle';
    return STAGES.find(([, re]) => re.test(f.url || f.functionName))?.[0];
  };
  const stageOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    let s: string | undefined;
    for (let at: number | undefined = id; at !== undefined && s === undefined; at = parent.get(at)) {
      const o = own(at);
      if (!CALLER_PAYS.has(o)) s = o;
    }
    s ??= own(id) ?? OTHER;
    stageOf.set(id, s);
    return s;
  };
  const ms = new Map<string, number>();
  let busyMs = 0;
  let t = p.startTime;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i] ?? 0;
    if (window && (t < window.startUs || t > window.endUs)) return;
    const s = resolve(id);
    if (s === 'idle') return;
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    busyMs += dt;
    ms.set(s, (ms.get(s) ?? 0) + dt);
  });
  const percent = new Map([...ms].sort((a, b) => b[1] - a[1]).map(([s, t]) => [s, (t / busyMs) * 100]));
  return { busyMs, percent };
}
