export { LeaderSearch, DEFAULT_LEADER_SEARCH_CONFIG, type LeaderSearchConfig, type LeaderSearchState } from './leader-search.js';
export { type AttemptOutcome, type SearchDecision, NO_REPLY_CODES, RETRYABLE_CODES, isRetryable } from './outcome.js';
export { classifyError, type ErrorClassifier } from './classify.js';
export { BackoffSequence, DEFAULT_BACKOFF_CONFIG, type BackoffConfig } from './backoff.js';
export {
  RsvcClient,
  DEFAULT_RSVC_CLIENT_CONFIG,
  type RsvcClientConfig,
  type RsvcClientOptions,
  type CallOptions,
  type Requester,
  type AttemptContext,
  type RefreshReplicas,
} from './rsvc-client.js';
export { ATTR as RSVC_SPAN_ATTR, EVENT as RSVC_SPAN_EVENT } from './attempt-span.js';
export { type Sleep, realSleep } from './sleep.js';
export { withTimeout, type Timed } from './with-timeout.js';
export { VirtualTimers } from './virtual-timers.js';
