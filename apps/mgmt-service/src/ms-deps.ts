import type { Rng } from '@daos-nats/base';
import type { Bus } from '@daos-nats/bus';
import type { Logger } from '@daos-nats/telemetry';
import type { MsConfig } from './ms-config.js';

/** What the MS's handlers need besides their transaction: the world outside the database. */
export interface MsDeps {
  readonly bus: Bus;
  readonly system: string;
  /** This replica's rank. */
  readonly rank: number;
  /** The MS replica ranks now: the raft membership of group db (the configured list before it opens). */
  readonly replicas: () => readonly number[];
  readonly config: MsConfig;
  /** Leader search order of the calls the MS makes to pool services. */
  readonly rng: Rng;
  readonly log: Logger;
  /** Wall clock, ms since the epoch (recorded times: member last update, pool creation). */
  readonly nowMs: () => number;
  /** Monotonic ms (heartbeat silence). */
  readonly monoMs: () => number;
  /**
   * Tests only: called when a pool job reaches a named step (pool-jobs.ts POOL_STEPS), e.g. to
   * kill this process there (MS_TEST_KILL_AT in main.ts).
   */
  readonly stepHook?: (step: string, pool: { readonly uuid: string; readonly label: string }) => void;
}
