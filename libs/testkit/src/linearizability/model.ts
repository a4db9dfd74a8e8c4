/**
 * A sequential specification for the checker (Wing & Gong): from a state, an input and the
 * output the system gave, whether that output is legal and what the state becomes. States are
 * immutable values; `stateKey` makes them comparable, for the (linearized set, state) memo.
 */
export interface Model<S, I, O> {
  readonly name: string;
  init(): S;
  /**
   * Apply `input` to `state`. `output` is undefined for an indeterminate operation: any output
   * is legal, only the new state matters. Returns undefined when `output` is impossible.
   */
  step(state: S, input: I, output: O | undefined): S | undefined;
  /** A string equal for equal states (memoisation key). */
  stateKey(state: S): string;
  /** Partition key (Lowe's per-key decomposition): operations of different keys are independent. */
  partition(input: I): string;
  /** For reports. */
  describe(input: I, output: O | undefined): string;
}
