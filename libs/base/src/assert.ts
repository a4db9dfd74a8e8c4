/**
 * A broken invariant. Never caught to carry on: it means the code, not the input, is wrong,
 * so the process must crash loudly rather than keep running on corrupt state.
 */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

/** Crash with `why` unless `cond` holds. `why` states the invariant, not the symptom. */
export function assert(cond: unknown, why: string): asserts cond {
  if (!cond) throw new AssertionError(`assertion failed: ${why}`);
}

/** Exhaustiveness check for `switch` over a union. */
export function unreachable(x: never, what = 'value'): never {
  throw new AssertionError(`unreachable: unexpected ${what} ${JSON.stringify(x)}`);
}
