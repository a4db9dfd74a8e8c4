import { InvalidError, SeededRng } from '@daos-nats/base';
import { IvClassRegistry, type IvClass } from '../src/iv-class.js';
import { ivConfig, type IvConfig } from '../src/iv-config.js';
import { IvNode } from '../src/iv-node.js';
import type { IvValue } from '../src/messages.js';
import { SimClock, SimNetwork, type SimNetOptions } from './sim-network.js';

/** The class the simulations use: keys are `k:<name>` in UTF-8; values come from `source`. */
export const SIM_CLASS_ID = 1;
/** A range class (as DAOS IV_OID): keys as SIM_CLASS_ID's; ids come from `sourceNextId`. */
export const SIM_RANGE_CLASS_ID = 2;

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export function simKey(name: string): Uint8Array {
  return enc.encode(`k:${name}`);
}

/**
 * Many IV caches in one process on a virtual clock and a lossy in-memory network, with a
 * source of truth (the pool service's state) read at call time, as a replicated read is.
 */
export class SimCluster {
  readonly clock = new SimClock();
  readonly rng: SeededRng;
  readonly net: SimNetwork;
  readonly config: IvConfig;
  readonly nodes = new Map<number, IvNode>();
  readonly source = new Map<string, IvValue>();
  /** When each rank's current incarnation started. */
  readonly startedAtMs = new Map<number, number>();
  /** Whether the sim class writes committed updates to `source` at the root. */
  writeSourceOnUpdate = false;
  sourceReads = 0;
  /** The next id the source (the container service) would hand out, and how often it was asked. */
  sourceNextId = 1;
  sourceAllocs = 0;

  constructor(
    readonly ranks: readonly number[],
    seed: number,
    net: Partial<SimNetOptions> = {},
    config: Partial<IvConfig> = {},
  ) {
    this.rng = new SeededRng(seed);
    this.net = new SimNetwork(this.clock, this.rng, { delayMsMin: 1, delayMsMax: 5, lossRate: 0, ...net });
    this.config = ivConfig({ entryLeaseMs: 2_000, requestTimeoutMs: 100, updateTimeoutMs: 5_000, suspectMs: 1_000, clockSlackMs: 10, ...config });
    for (const r of ranks) this.start(r);
  }

  simClass(): IvClass {
    return {
      id: SIM_CLASS_ID,
      name: 'sim',
      keyCheck: (key) => {
        const s = dec.decode(key);
        if (!/^k:[a-z0-9]{1,16}$/u.test(s)) throw new InvalidError(`not a sim key: ${JSON.stringify(s)}`);
      },
      fetchSource: (_pool, key) => {
        this.sourceReads++;
        const v = this.source.get(dec.decode(key).slice(2)) ?? { version: 0 };
        return this.clock.sleep(1).then(() => v);
      },
      updateSource: async (_pool, key, entry) => {
        if (this.writeSourceOnUpdate) this.source.set(dec.decode(key).slice(2), entry);
      },
    };
  }

  simRangeClass(): IvClass {
    return {
      id: SIM_RANGE_CLASS_ID,
      name: 'sim-range',
      keyCheck: (key) => this.simClass().keyCheck(key),
      fetchSource: () => Promise.reject(new InvalidError('a range class has no value')),
      allocSource: (_pool, _key, count) => {
        this.sourceAllocs++;
        const range = { first: this.sourceNextId, count };
        this.sourceNextId += count;
        return this.clock.sleep(1).then(() => range);
      },
    };
  }

  /** Start (or restart, with empty state) the cache of `rank`. */
  start(rank: number): IvNode {
    let node!: IvNode;
    const transport = this.net.attach(rank, (req) => node.handle(req));
    node = new IvNode(rank, new IvClassRegistry([this.simClass(), this.simRangeClass()]), transport, this.clock, this.config);
    this.nodes.set(rank, node);
    this.startedAtMs.set(rank, this.clock.nowMs());
    return node;
  }

  kill(rank: number): void {
    this.net.kill(rank);
    this.nodes.delete(rank);
  }

  node(rank: number): IvNode {
    const n = this.nodes.get(rank);
    if (!n) throw new Error(`rank ${rank} is down`);
    return n;
  }

  /** Claim the root of `pool` for `root` at `term` over every configured rank, and wait until it answers. */
  async claim(pool: string, root: number, term: number): Promise<boolean> {
    const r = await this.clock.until(this.node(root).claimRoot({ pool, root, term, ranks: this.ranks }));
    await this.clock.runUntil(this.clock.nowMs() + this.config.entryLeaseMs + this.config.clockSlackMs);
    return r.complete;
  }
}
