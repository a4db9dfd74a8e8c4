export { assert, unreachable, AssertionError } from './assert.js';
export * from './ids.js';
export * from './der-codes.js';
export * from './errors.js';
export { type Clock, monotonicClock, ManualClock } from './clock.js';
export { type Rng, SeededRng } from './rng.js';
export { BoundedQueue } from './bounded-queue.js';
export { exitWithParent, exitWithParentEnv, EXIT_WITH_PARENT_ENV, type ParentWatchOptions } from './parent-watch.js';
export { defineOperation, encodeMessage, decodeMessage, type MessageCodec, type OperationDef } from './operation.js';
