// Operations internal to the services (issue 10): dist start/stop of replicas, membership, the MS
// sweep, replica bookkeeping, handle verification. They are served on `...<rank>.internal`
// subjects (libs/bus/src/subjects.ts), which only server roles may publish to, never on the
// `.req` subjects clients use: NATS permissions, not only the credential check, keep clients off.
// Member control (`member.*`) has its own subject (`daos.<system>.control.member.<rank>.req`),
// already closed to clients, so it is not listed here.
import { contOps } from './container-ops.js';
import { mgmtOps } from './mgmt-ops.js';
import { poolOps } from './pool-ops.js';
import { rsvcOps } from './rsvc-ops.js';

export const INTERNAL_OPERATIONS: ReadonlySet<string> = new Set(
  [
    rsvcOps.start, rsvcOps.startJoining, rsvcOps.stop, rsvcOps.stopRemoved,
    mgmtOps.join, mgmtOps.heartbeat, mgmtOps.sweep, mgmtOps.poolUpdateReplicas,
    mgmtOps.poolStep, mgmtOps.systemApply, mgmtOps.groupsReport,
    poolOps.svcRanksSet, poolOps.verifyHandle, poolOps.handlesList, poolOps.rebuildState, poolOps.rebuildComplete, poolOps.evictStep,
    contOps.handleVerify, contOps.propsRead, contOps.oidReserve,
  ].map((d) => d.name),
);

/** Whether `operation` travels on internal subjects (services only). */
export function isInternalOperation(operation: string): boolean {
  return INTERNAL_OPERATIONS.has(operation);
}
