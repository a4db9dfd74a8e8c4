import type { Model } from './model.js';

/** A single counter: `add` n (returns nothing), `read` (returns the value). */
export type CounterInput = { readonly op: 'add'; readonly n: number } | { readonly op: 'read' };

export const counterModel: Model<number, CounterInput, number | null> = {
  name: 'counter',
  init: () => 0,
  step(state, input, output) {
    if (input.op === 'add') return state + input.n;
    return output === undefined || output === state ? state : undefined;
  },
  stateKey: (s) => String(s),
  partition: () => 'counter',
  describe: (input, output) => (input.op === 'add' ? `add(${input.n})` : `read() → ${output === undefined ? '?' : String(output)}`),
};
