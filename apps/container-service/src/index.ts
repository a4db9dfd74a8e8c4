export { contService, type ContServiceDeps } from './cont-service.js';
export type { ContLeader } from './cont-leader.js';
export { HybridLogicalClock, HLC_EPOCH_MS, HLC_LOGICAL_BITS, type WallClock } from './hlc.js';
export {
  PoolServiceVerifier,
  poolServiceVerifierDefaults,
  type HandleVerifier,
  type VerifiedPoolHandle,
  type HandlePrincipal,
  type PoolServiceVerifierOptions,
  type VerifyHandleAnswer,
} from './handle-verifier.js';
export { PLAIN_PROPS, ALL_PROP_NAMES, LABEL_CHARS_MAX, checkLabel, labelProblem } from './cont-props.js';
export { OID_ALLOC_COUNT_MAX, SNAP_NAME_CHARS_MAX } from './cont-data-ops.js';
export { defaultContLimits, CONTAINERS_PER_POOL_MAX_DEFAULT, CONT_HANDLES_MAX_DEFAULT, type ContLimits } from './cont-limits.js';
