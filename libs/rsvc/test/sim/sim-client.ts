// One simulated client: operations one at a time, each retried (same client id and time, so the
// service deduplicates) across replicas until a reply or its deadline; lost requests and lost
// replies are played here. Every operation lands in the shared history for the checkers.
import { NotLeaderError, type Rng } from '@daos-nats/base';
import type { KvInput, KvOutput, Operation } from '@daos-nats/testkit';
import type { FaultyNetwork } from './faulty-network.js';

/** The rank clients call from: it serves nothing and is never partitioned. */
export const CLIENT_RANK = 99;

export interface ClientConfig {
  readonly ranks: readonly number[];
  readonly group: string;
  /** One attempt's deadline (virtual ms). */
  readonly attemptTimeoutMs: number;
  /** An operation with no reply after this long is given up: indeterminate. */
  readonly opDeadlineMs: number;
  /** Pause between a failed attempt and the next. */
  readonly retryBackoffMs: number;
  /** Pause between operations, uniform in [0, thinkMaxMs]. */
  readonly thinkMaxMs: number;
  /** Probability that an attempt's request is lost before it reaches the replica. */
  readonly requestLossRate: number;
  /** Probability that an attempt's reply is lost after the replica ran it. */
  readonly replyLossRate: number;
  /** Planted bug: a retry gets a new client time, so dedup cannot recognize it. */
  readonly freshTimeOnRetry: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const encode = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
const decode = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;

export class SimClient {
  private leaderGuess: number | undefined;
  private lastTimeUs = 0;
  private seq = 0;
  readonly clientId: Uint8Array;

  constructor(
    readonly id: number,
    private readonly net: FaultyNetwork,
    private readonly rng: Rng,
    private readonly cfg: ClientConfig,
    private readonly history: Operation<KvInput, KvOutput>[],
  ) {
    this.clientId = new Uint8Array(16).fill(0);
    new DataView(this.clientId.buffer).setUint32(0, id + 1);
  }

  /** Issue random operations until the virtual clock passes `untilMs`. */
  async run(untilMs: number, keys: readonly string[], counterKey: string): Promise<void> {
    while (Date.now() < untilMs) {
      const r = this.rng.int(10);
      const key = keys[this.rng.int(keys.length)]!;
      const input: KvInput =
        r < 4 ? { op: 'put', key, value: `c${this.id}-${this.seq++}` } : r < 7 ? { op: 'get', key } : { op: 'alloc', key: counterKey, count: 1 + this.rng.int(3) };
      await this.perform(input);
      await sleep(this.rng.int(this.cfg.thinkMaxMs + 1));
    }
  }

  /** One operation, recorded: `ok` with its output, or `indeterminate` at its deadline. */
  async perform(input: KvInput): Promise<KvOutput | undefined> {
    const invokeMs = Date.now();
    const deadlineMs = invokeMs + this.cfg.opDeadlineMs;
    const id = this.history.length;
    let timeUs = this.nextTimeUs();
    const { operation, body } = wire(input);
    while (Date.now() < deadlineMs) {
      const rank = this.leaderGuess ?? this.cfg.ranks[this.rng.int(this.cfg.ranks.length)]!;
      try {
        const reply = decode(await this.attempt(rank, operation, body, timeUs));
        this.leaderGuess = rank;
        const output = outputOf(input, reply);
        this.history.push({ id, client: this.id, input, invokeMs, outcome: 'ok', output, completeMs: Date.now() });
        return output;
      } catch (e) {
        const hinted = e instanceof NotLeaderError ? e.hint?.rank : undefined;
        this.leaderGuess = hinted !== undefined && hinted !== rank && this.cfg.ranks.includes(hinted) ? hinted : undefined;
        if (this.cfg.freshTimeOnRetry) timeUs = this.nextTimeUs();
        await sleep(this.cfg.retryBackoffMs);
      }
    }
    this.history.push({ id, client: this.id, input, invokeMs, outcome: 'indeterminate' });
    return undefined;
  }

  private async attempt(rank: number, operation: string, body: Uint8Array, clientTimeUs: number): Promise<Uint8Array> {
    if (this.rng.chance(this.cfg.requestLossRate)) {
      await sleep(this.cfg.attemptTimeoutMs);
      throw new Error('request lost');
    }
    const to = { system: 'sim', service: 'sim', group: this.cfg.group, rank };
    const sent = this.net.send(CLIENT_RANK, to, { operation, body, clientId: this.clientId, clientTimeUs }, this.cfg.attemptTimeoutMs);
    if (!this.rng.chance(this.cfg.replyLossRate)) return await sent;
    sent.catch(() => {}); // it ran (or not); the client never hears
    await sleep(this.cfg.attemptTimeoutMs);
    throw new Error('reply lost');
  }

  /** Client times strictly increase (rsvc's dedup key is client id + time). */
  private nextTimeUs(): number {
    this.lastTimeUs = Math.max(this.lastTimeUs + 1, Date.now() * 1000);
    return this.lastTimeUs;
  }
}

function wire(input: KvInput): { operation: string; body: Uint8Array } {
  switch (input.op) {
    case 'put':
      return { operation: 'sim.put', body: encode({ key: input.key, value: input.value }) };
    case 'get':
      return { operation: 'sim.get', body: encode({ key: input.key }) };
    case 'alloc':
      return { operation: 'sim.alloc', body: encode({ key: input.key, count: input.count }) };
    default:
      throw new Error(`the simulation does not issue ${input.op}`);
  }
}

function outputOf(input: KvInput, reply: Record<string, unknown>): KvOutput {
  if (input.op === 'get') return reply['value'] as string | null;
  if (input.op === 'alloc') return reply['start'] as number;
  return null;
}
