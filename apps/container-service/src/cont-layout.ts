import { InvalidError, NonexistError } from '@daos-nats/base';
import { KvsClass, type Path, type Transaction } from '@daos-nats/rdb';
import { DataInvalidError } from '@daos-nats/rsvc';

// The container service's part of its group's database (DAOS src/container/srv_layout.h). The
// framework owns the root key "rsvc"; everything else is here:
//
//   root
//   ├─ "cont"      generic: "layout" (one byte, CONT_LAYOUT_VERSION), "pool" (pool uuid),
//   │              "pool_ranks" (JSON array: where to verify pool handles)
//   ├─ "cuuids"    lexical: label → container uuid
//   ├─ "conts"     lexical: container uuid → generic KVS
//   │   └─ <uuid>  "info" (JSON ContRecord), "attrs" (lexical: name → value),
//   │              "snaps" (integer: epoch → JSON SnapRecord),
//   │              "handles" (lexical: handle uuid → JSON HandleRecord)
//   └─ "chandles"  lexical: container handle uuid → container uuid (every open handle)
//   "cont" also holds "cont_count" (JSON number: containers, kept by create and destroy)

export const CONT_LAYOUT_VERSION = 1;
export const META_PATH: Path = ['cont'];
export const LABELS_PATH: Path = ['cuuids'];
export const CONTS_PATH: Path = ['conts'];
export const HANDLES_PATH: Path = ['chandles'];

export const contPath = (uuid: string): Path => [...CONTS_PATH, uuid];
export const attrsPath = (uuid: string): Path => [...CONTS_PATH, uuid, 'attrs'];
export const snapsPath = (uuid: string): Path => [...CONTS_PATH, uuid, 'snaps'];
export const contHandlesPath = (uuid: string): Path => [...CONTS_PATH, uuid, 'handles'];

/** One container's metadata, one value: every write of a container rewrites it under the group's write lock. */
export interface ContRecord {
  readonly uuid: string;
  /** "" when the container has no label. */
  readonly label: string;
  readonly owner: string;
  readonly group: string;
  /** Canonical ACE strings. */
  readonly acl: readonly string[];
  /** Plain properties (cont-props.ts), every one present. */
  readonly props: Readonly<Record<string, string>>;
  readonly createdMs: number;
  readonly openedMs: number;
  readonly modifiedMs: number;
  /** The next object id to hand out: ids below it were allocated. */
  readonly nextOid: number;
  /** Highest snapshot epoch ever given (destroyed ones included): the next one is above it. */
  readonly snapHwm: number;
  /** User attributes and their bytes (names + values); absent in records written before they were kept. */
  readonly attrCount?: number;
  readonly attrBytes?: number;
}

export interface SnapRecord {
  readonly name: string;
  readonly createdMs: number;
}

export type OpenModeName = 'ro' | 'rw' | 'ex';

export interface HandleRecord {
  readonly poolHandle: string;
  readonly mode: OpenModeName;
  readonly capabilities: number;
  readonly openedMs: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function encodeJson(v: unknown): Uint8Array {
  return enc.encode(JSON.stringify(v));
}

/** The replica count the group keeps (0: none recorded, a group from before it was: keep the current count). */
export async function readReplicasWanted(tx: Transaction): Promise<number> {
  try {
    const n = decodeJson<unknown>(await tx.lookup(META_PATH, 'replicas_wanted'), 'replicas_wanted');
    if (!Number.isSafeInteger(n) || (n as number) < 0) throw new DataInvalidError(`replicas_wanted is ${JSON.stringify(n)}, not a count`);
    return n as number;
  } catch (e) {
    if (e instanceof NonexistError) return 0;
    throw e;
  }
}

/** A value this service wrote: anything that does not parse means the database is damaged. */
export function decodeJson<T>(b: Uint8Array, what: string): T {
  try {
    return JSON.parse(dec.decode(b)) as T;
  } catch (e) {
    throw new DataInvalidError(`${what} does not decode: ${(e as Error).message}`, { cause: e });
  }
}

export function decodeText(b: Uint8Array): string {
  return dec.decode(b);
}

/** Buffer the creation of the service's KVSs and metadata (bootstrap). */
export function createContLayout(tx: Transaction, pool: string, poolRanks: readonly number[], replicasWanted: number): void {
  tx.createKvs([], META_PATH[0]!, KvsClass.Generic)
    .update(META_PATH, 'layout', Uint8Array.of(CONT_LAYOUT_VERSION))
    .update(META_PATH, 'pool', enc.encode(pool))
    .update(META_PATH, 'pool_ranks', encodeJson(poolRanks))
    .update(META_PATH, 'replicas_wanted', encodeJson(replicasWanted))
    .createKvs([], LABELS_PATH[0]!, KvsClass.Lexical)
    .createKvs([], CONTS_PATH[0]!, KvsClass.Lexical)
    .createKvs([], HANDLES_PATH[0]!, KvsClass.Lexical);
}

/**
 * The record of the container named by uuid or label; DER_NONEXIST if there is none. A uuid is
 * never a label (labels may not look like uuids), so a uuid costs one read and a label two.
 */
export async function loadCont(tx: Transaction, cont: string): Promise<ContRecord> {
  if (cont === '') throw new InvalidError('no container named');
  let uuid = cont.toLowerCase();
  try {
    if (!UUID_RE.test(cont)) uuid = decodeText(await tx.lookup(LABELS_PATH, cont));
    return await readRecord(tx, uuid);
  } catch (e) {
    if (e instanceof NonexistError) throw new NonexistError(`no container ${JSON.stringify(cont)} in this pool`, { cause: e });
    throw e;
  }
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function readRecord(tx: Transaction, uuid: string): Promise<ContRecord> {
  return decodeJson<ContRecord>(await tx.lookup(contPath(uuid), 'info'), `container ${uuid} record`);
}

export function writeRecord(tx: Transaction, rec: ContRecord): void {
  tx.update(contPath(rec.uuid), 'info', encodeJson(rec));
}

/** Everything in a KVS, in key order, paged so no single read is unbounded. */
export async function iterateAll(tx: Transaction, path: Path, pageItems = 1024): Promise<{ key: Uint8Array; value: Uint8Array }[]> {
  const out: { key: Uint8Array; value: Uint8Array }[] = [];
  let after: Uint8Array | undefined;
  for (;;) {
    const items = await tx.iterate(path, after ? { gt: after, limitItems: pageItems } : { limitItems: pageItems });
    for (const it of items) out.push({ key: it.key, value: it.value ?? new Uint8Array(0) });
    if (items.length < pageItems) return out;
    after = items[items.length - 1]!.key;
  }
}

/** Most containers in one cont.list reply: uuid + label (<= 127 B) each, ~170 KB at most, far below max_payload. */
export const CONT_LIST_PAGE_ITEMS_MAX = 1024;
/** Most names in one cont.attr.list reply: at most 255 B each, ~262 KB at most. */
export const CONT_ATTR_LIST_PAGE_NAMES_MAX = 1024;

/**
 * One page of a KVS in key order: at most `limitItems` (capped at `itemsMax`) keys after
 * `anchor` (exclusive; '' for the first page), and the next page's anchor ('' after the last).
 */
export async function iteratePage(tx: Transaction, path: Path, anchor: string, limitItems: number, itemsMax: number): Promise<{ items: { key: Uint8Array; value: Uint8Array }[]; nextAnchor: string }> {
  const limit = Math.min(limitItems || itemsMax, itemsMax);
  const found = await tx.iterate(path, { ...(anchor ? { gt: anchor } : {}), limitItems: limit + 1 }); // one more: is there a next page?
  const items = found.slice(0, limit).map((it) => ({ key: it.key, value: it.value ?? new Uint8Array(0) }));
  return { items, nextAnchor: found.length > limit ? decodeText(items[items.length - 1]!.key) : '' };
}
