import { assert } from './assert.js';

declare const brand: unique symbol;
/** A number that the type checker keeps apart from other numbers. */
export type Branded<T, B extends string> = T & { readonly [brand]: B };

/** A raft term: starts at 0, only grows. */
export type Term = Branded<number, 'Term'>;
/** A raft log index: 0 means "before the first entry". */
export type LogIndex = Branded<number, 'LogIndex'>;
/** A DAOS engine rank: a server's identity in the system. */
export type Rank = Branded<number, 'Rank'>;
/** A raft node id (DAOS: rank + generation packed; see rdb). Never 0; 0 means "none". */
export type NodeId = Branded<number, 'NodeId'>;

function nonNegativeSafeInt(n: number, what: string): void {
  assert(Number.isSafeInteger(n) && n >= 0, `${what} must be a non-negative safe integer, got ${n}`);
}

export function term(n: number): Term {
  nonNegativeSafeInt(n, 'term');
  return n as Term;
}
export function logIndex(n: number): LogIndex {
  nonNegativeSafeInt(n, 'log index');
  return n as LogIndex;
}
export function rank(n: number): Rank {
  nonNegativeSafeInt(n, 'rank');
  assert(n <= 0xffff_fffe, `rank ${n} exceeds the 32-bit rank space (0xffffffff is "none")`);
  return n as Rank;
}
export function nodeId(n: number): NodeId {
  nonNegativeSafeInt(n, 'node id');
  assert(n > 0, 'node id 0 is reserved for "none"');
  return n as NodeId;
}
