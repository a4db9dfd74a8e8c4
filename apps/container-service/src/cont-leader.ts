import type { ContLimits } from './cont-limits.js';
import type { HandlerContext } from '@daos-nats/rsvc';
import type { HandleVerifier } from './handle-verifier.js';
import type { HybridLogicalClock, WallClock } from './hlc.js';
import type { PendingCapas } from './cont-capa-iv.js';

/** What the leader of one pool's container service holds for one term. */
export interface ContLeader {
  /** The pool's uuid (= the group). */
  readonly pool: string;
  readonly verifier: HandleVerifier;
  /** Snapshot epochs. */
  readonly hlc: HybridLogicalClock;
  /** Wall clock for the times recorded in containers (creation, open, change). */
  readonly wall: WallClock;
  /** Stops this term's replica reconfiguration (cont-reconfigure.ts), if it runs. */
  readonly stopReconfigure?: () => void;
  /** Handle opens and closes to send to the engines' IV caches after commit (with ContServiceDeps.capaIv). */
  readonly capas?: PendingCapas;
  /** The named limits (cont-limits.ts). */
  readonly limits: ContLimits;
}

export type ContCtx = HandlerContext<ContLeader>;
