import { assert } from '@daos-nats/base';
import { emptyConfState, type ConfState, type LogIndex } from '../src/index.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The replicated state machine of the simulator: the ordered list of what was applied, one key
 * per log index (a payload, "" for the leader's no-op, "cc:..." for a membership change), and
 * the membership that the applied conf changes produced. Applying is durable entry by entry (as
 * rdb applies an entry and its index in one SQLite transaction), so a crash loses no applied entry.
 */
export class SimStateMachine {
  /** keys[i] is the key applied at index i + 1. */
  private keys: string[] = [];
  /** Proposal ids (payload without the attempt suffix) applied so far. */
  private readonly proposals = new Set<string>();
  confState: ConfState;

  constructor(confState: ConfState = emptyConfState) {
    this.confState = confState;
  }

  get applied(): LogIndex {
    return this.keys.length as LogIndex;
  }

  /** Everything applied, in order (index 1 first). */
  get keyList(): readonly string[] {
    return this.keys;
  }

  keyAt(index: number): string | undefined {
    return this.keys[index - 1];
  }

  /** Record the entry at `index`, which must be the next one. */
  apply(index: LogIndex, key: string): void {
    assert(index === this.keys.length + 1, `state machine applies index ${index} right after ${this.keys.length}`);
    this.keys.push(key);
    const id = proposalIdOf(key);
    if (id !== undefined) this.proposals.add(id);
  }

  hasProposal(id: string): boolean {
    return this.proposals.has(id);
  }

  /** Snapshot data: the whole state, so a restore rebuilds exactly this machine. */
  serialize(): Uint8Array {
    return encoder.encode(JSON.stringify({ keys: this.keys, confState: this.confState }));
  }

  /** Rebuild from snapshot data taken at `index`; bad data is a loud failure, never a guess. */
  static deserialize(data: Uint8Array, index: LogIndex, confState: ConfState): SimStateMachine {
    const sm = new SimStateMachine(confState);
    if (index === 0 && data.byteLength === 0) return sm; // the empty initial snapshot
    const parsed = JSON.parse(decoder.decode(data)) as { keys?: unknown };
    assert(Array.isArray(parsed.keys), 'snapshot data holds the applied key list');
    const keys = parsed.keys as string[];
    assert(keys.length === index, `snapshot at index ${index} holds ${keys.length} applied keys`);
    sm.keys = keys.slice();
    for (const k of keys) {
      const id = proposalIdOf(k);
      if (id !== undefined) sm.proposals.add(id);
    }
    return sm;
  }
}

/** Payloads are "p<id>#<attempt>"; a retried proposal keeps its id. */
export function payloadKey(id: number, attempt: number): string {
  return `p${id}#${attempt}`;
}

export function proposalIdOf(key: string): string | undefined {
  if (!key.startsWith('p')) return undefined;
  const hash = key.indexOf('#');
  return hash < 0 ? undefined : key.slice(0, hash);
}
