import { daos } from '@daos-nats/proto';
import { defineOperation } from './operation.js';

const m = daos.lock.v1;

/** Subject token of the lock service: daos.<system>.lock.<group>.<rank>.req. */
export const LOCK_SERVICE = 'lock';
/** The group `npm start` creates (one lock table per group). */
export const LOCK_GROUP_DEFAULT = 'locks';
/** The ranks of the lock-service replicas `npm start` runs (a rank namespace of the lock service's own). */
export const LOCK_REPLICAS_DEFAULT: readonly number[] = [0, 1, 2];

/** The lock service's operations (proto/daos/lock/v1), shared by apps/lock-service and libs/lock-client. */
export const lockOps = {
  open: defineOperation('lock.session.open', m.OpenReq, m.OpenRep),
  renew: defineOperation('lock.session.renew', m.RenewReq, m.RenewRep),
  close: defineOperation('lock.session.close', m.CloseReq, m.CloseRep),
  acquire: defineOperation('lock.acquire', m.AcquireReq, m.AcquireRep),
  release: defineOperation('lock.release', m.ReleaseReq, m.ReleaseRep),
  status: defineOperation('lock.status', m.StatusReq, m.StatusRep),
  /** The leader to itself: expire silent sessions. */
  sweep: defineOperation('lock.sweep', m.SweepReq, m.SweepRep),
  /** The leader's notifier to itself: committed owners and queues. */
  peek: defineOperation('lock.peek', m.PeekReq, m.PeekRep),
} as const;
