import type { Model } from './model.js';

/**
 * Inputs of the register/key-value model. Values are strings (a test encodes its bytes);
 * `alloc` is an atomic fetch-and-add on a decimal counter stored at the key (OID allocation):
 * it returns the first value of the allocated range.
 */
export type KvInput =
  | { readonly op: 'put'; readonly key: string; readonly value: string }
  | { readonly op: 'get'; readonly key: string }
  | { readonly op: 'delete'; readonly key: string }
  | { readonly op: 'cas'; readonly key: string; readonly expect: string | null; readonly value: string }
  | { readonly op: 'alloc'; readonly key: string; readonly count: number };

/**
 * Outputs: `get` → the value or null (absent); `delete` → whether the key existed; `cas` →
 * whether it swapped; `alloc` → the start of the range; `put` → null.
 */
export type KvOutput = string | number | boolean | null;

/** The state of one key: its value, or null when absent. */
export type KvState = string | null;

function counterOf(state: KvState): number | undefined {
  if (state === null) return 0;
  return /^(0|[1-9][0-9]{0,15})$/.test(state) ? Number(state) : undefined;
}

/** A map of independent registers, partitioned by key. */
export const kvModel: Model<KvState, KvInput, KvOutput> = {
  name: 'kv',
  init: () => null,
  step(state, input, output) {
    switch (input.op) {
      case 'put':
        return input.value;
      case 'get':
        return output === undefined || output === state ? state : undefined;
      case 'delete':
        return output === undefined || output === (state !== null) ? null : undefined;
      case 'cas': {
        const swaps = state === input.expect;
        if (output !== undefined && output !== swaps) return undefined;
        return swaps ? input.value : state;
      }
      case 'alloc': {
        const start = counterOf(state);
        if (start === undefined) return output === undefined ? state : undefined; // refused: not a counter
        if (output !== undefined && output !== start) return undefined;
        return String(start + input.count);
      }
    }
  },
  stateKey: (s) => (s === null ? '\u0000' : `=${s}`),
  partition: (input) => input.key,
  describe(input, output) {
    const out = output === undefined ? '?' : JSON.stringify(output);
    switch (input.op) {
      case 'put':
        return `put(${input.key}, ${JSON.stringify(input.value)})`;
      case 'get':
        return `get(${input.key}) → ${out}`;
      case 'delete':
        return `delete(${input.key}) → ${out}`;
      case 'cas':
        return `cas(${input.key}, ${JSON.stringify(input.expect)}, ${JSON.stringify(input.value)}) → ${out}`;
      case 'alloc':
        return `alloc(${input.key}, ${input.count}) → ${out}`;
    }
  },
};
