import type { KvInput } from '@daos-nats/testkit';
import type { CampaignOp } from './workload.js';

export interface LostWrite {
  readonly key: string;
  readonly finalValue: string | null;
  /** The acknowledged write whose effect the final value lost (readable). */
  readonly lost: string;
}

const isWrite = (i: KvInput): boolean => i.op === 'put' || i.op === 'delete';

/** Did `op` change the key (an acknowledged put, or an acknowledged delete that found it)? */
function ackedChange(op: CampaignOp): boolean {
  return op.outcome === 'ok' && (op.input.op === 'put' || (op.input.op === 'delete' && op.output === true));
}

/**
 * Lost acknowledged writes of the put/delete keys, from each key's final value (read after
 * quiescence): the final value was written by some candidate write (the put of that unique value,
 * or for "absent" a delete or the initial state). If every candidate definitely precedes some
 * acknowledged change (it completed before that change was invoked), that change was lost.
 */
export function findLostWrites(history: readonly CampaignOp[], finals: ReadonlyMap<string, string | null>): LostWrite[] {
  const lost: LostWrite[] = [];
  for (const [key, finalValue] of finals) {
    const writes = history.filter((o) => o.input.key === key && isWrite(o.input) && o.outcome !== 'fail');
    const candidates: { completeMs: number }[] =
      finalValue === null
        ? [{ completeMs: -Infinity }, ...writes.filter((o) => o.input.op === 'delete').map((o) => ({ completeMs: o.completeMs ?? Infinity }))]
        : writes.filter((o) => o.input.op === 'put' && o.input.value === finalValue).map((o) => ({ completeMs: o.completeMs ?? Infinity }));
    if (candidates.length === 0) continue; // a value never written: a linearizability violation, counted there
    const changes = writes.filter(ackedChange);
    const latestCandidate = Math.max(...candidates.map((c) => c.completeMs));
    const overtaken = changes.filter((p) => latestCandidate < p.invokeMs);
    if (overtaken.length === 0) continue;
    const p = overtaken[overtaken.length - 1]!;
    lost.push({ key, finalValue, lost: `${p.input.op}${p.input.op === 'put' ? `(${p.input.value})` : ''} by client ${p.client} acknowledged at ${Math.round(p.completeMs!)} ms` });
  }
  return lost;
}
