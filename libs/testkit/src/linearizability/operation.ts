/**
 * One client operation of a recorded history. `invokeMs` is when the client sent it,
 * `completeMs` when it learned the outcome (absent for an indeterminate operation).
 *
 * - `ok`: it happened, with `output`.
 * - `fail`: it definitely did not happen (refused before any effect); the checker drops it.
 * - `indeterminate`: the client gave up (timeout, connection lost): it may or may not have
 *   happened, at any time after `invokeMs`. It never completes, so it constrains nothing.
 */
export type Outcome = 'ok' | 'fail' | 'indeterminate';

export interface Operation<I, O> {
  /** Unique within a history (the recorder numbers operations from 0). */
  readonly id: number;
  /** The client (process or logical) that issued it; one client has one operation open at a time. */
  readonly client: number;
  readonly input: I;
  readonly invokeMs: number;
  readonly outcome: Outcome;
  /** Present when `outcome` is `ok`. */
  readonly output?: O;
  /** Present when `outcome` is `ok` or `fail`. */
  readonly completeMs?: number;
}
