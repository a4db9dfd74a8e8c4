export type { Operation, Outcome } from './operation.js';
export type { Model } from './model.js';
export { kvModel, type KvInput, type KvOutput, type KvState } from './kv-model.js';
export { counterModel, type CounterInput } from './counter-model.js';
export { searchLinearization, DEFAULT_SEARCH_LIMITS, type SearchLimits, type SearchResult, type Verdict } from './wgl-search.js';
export { checkLinearizability, type LinearizabilityResult, type PartitionResult } from './check-linearizability.js';
export { HistoryRecorder, type HistoryRecorderOptions, type Classified } from './history-recorder.js';
export { checkAllocations, SUBSET_SUM_MAX, type Allocation, type AllocationCheck } from './check-allocations.js';
