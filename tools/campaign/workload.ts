import { codeOf, DER, SeededRng } from '@daos-nats/base';
import { HistoryRecorder, type Classified, type KvInput, type KvOutput, type Operation } from '@daos-nats/testkit';
import type { KvClient } from '@daos-nats/kv-example';

export type CampaignOp = Operation<KvInput, KvOutput>;

/** Client id of the checker's own reads after quiescence. */
export const CHECKER_CLIENT = -1;

export interface WorkloadOptions {
  readonly clients: number;
  readonly keys: number;
  readonly counters: number;
  readonly seed: number;
  readonly thinkMs: number;
  readonly callTimeoutMs: number;
  /** The history's clock (ms since the campaign started). */
  readonly nowMs: () => number;
  /** A client of the group for logical client `c` (its own leader search and seed). */
  readonly clientOf: (c: number) => KvClient;
}

export const putKey = (i: number): string => `k${i}`;
export const counterKey = (i: number): string => `oid${i}`;
/** Values allocated at once: 1..ALLOC_COUNT_PICK_MAX. */
const ALLOC_COUNT_PICK_MAX = 8;

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** What a client learned: an answer, a deterministic refusal (it did not happen), or nothing sure. */
export function classify(input: KvInput, r: { value: KvOutput } | { error: unknown }): Classified<KvOutput> {
  if ('value' in r) return { outcome: 'ok', output: r.value };
  const code = codeOf(r.error);
  if (code === DER.NONEXIST && input.op === 'get') return { outcome: 'ok', output: null };
  if (code === DER.NONEXIST && input.op === 'delete') return { outcome: 'ok', output: false };
  if (code === DER.INVAL) return { outcome: 'fail' };
  return { outcome: 'indeterminate' };
}

/** Send `input` through `kv`; the output as the kv model expects it. */
export async function execute(kv: KvClient, input: KvInput, callTimeoutMs: number): Promise<KvOutput> {
  const opts = { callTimeoutMs };
  switch (input.op) {
    case 'put':
      await kv.put(enc(input.key), enc(input.value), opts);
      return null;
    case 'get':
      return dec(await kv.get(enc(input.key), opts));
    case 'delete':
      await kv.delete(enc(input.key), opts);
      return true;
    case 'alloc':
      return await kv.alloc(enc(input.key), input.count, opts);
    case 'cas':
      throw new Error('kv-example has no compare-and-set');
  }
}

/** Clients in closed loops of put (40 %), get (35 %), alloc (15 %) and delete (10 %), recorded. */
export class Workload {
  readonly recorder: HistoryRecorder<KvInput, KvOutput>;
  /** Completion time of the newest acknowledged write (put, delete, alloc). */
  lastWriteAckMs = -Infinity;
  private stopping = false;
  private loops: Promise<void>[] = [];

  constructor(private readonly o: WorkloadOptions) {
    this.recorder = new HistoryRecorder({ nowMs: o.nowMs });
  }

  start(): void {
    for (let c = 0; c < this.o.clients; c++) this.loops.push(this.loop(c));
  }

  /** Ask every client to finish its current operation (each is bounded by callTimeoutMs). */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
  }

  /** Run one recorded operation as `client`. */
  async run(kv: KvClient, client: number, input: KvInput): Promise<CampaignOp> {
    const op = await this.recorder.run(client, input, () => execute(kv, input, this.o.callTimeoutMs), (r) => classify(input, r));
    if (op.outcome === 'ok' && input.op !== 'get') this.lastWriteAckMs = Math.max(this.lastWriteAckMs, op.completeMs!);
    return op;
  }

  private pick(rng: SeededRng, c: number, seq: number): KvInput {
    const r = rng.int(100);
    if (r < 15 && this.o.counters > 0) return { op: 'alloc', key: counterKey(rng.int(this.o.counters)), count: 1 + rng.int(ALLOC_COUNT_PICK_MAX) };
    const key = putKey(rng.int(this.o.keys));
    if (r < 55) return { op: 'put', key, value: `c${c}-${seq}` };
    if (r < 90) return { op: 'get', key };
    return { op: 'delete', key };
  }

  private async loop(c: number): Promise<void> {
    const rng = new SeededRng(this.o.seed * 1000 + c);
    const kv = this.o.clientOf(c);
    for (let seq = 0; !this.stopping; seq++) {
      await this.run(kv, c, this.pick(rng, c, seq));
      await new Promise((r) => setTimeout(r, this.o.thinkMs));
    }
  }
}
