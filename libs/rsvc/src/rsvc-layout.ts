import { KvsClass, type Path, type Transaction } from '@daos-nats/rdb';

// The framework's part of every service database. The service owns every other root key.
//   root (generic)
//   └─ "rsvc" (generic)
//      ├─ "layout"  value: RSVC_LAYOUT_VERSION (one byte), present once bootstrapped
//      ├─ "genMax"  value: highest replica generation ever given by replicas.add (uint32 BE);
//      │            absent = the founding members' generations
//      ├─ "ops"     lexical: dedup key (client time, client id) → StoredReply
//      ├─ "attrs"   lexical: attribute name (UTF-8) → value
//      └─ "attrUsage" value: attribute count and name + value bytes (two u64 BE), attribute-usage.ts

export const RSVC_KEY = 'rsvc';
export const RSVC_PATH: Path = [RSVC_KEY];
export const OPS_PATH: Path = [RSVC_KEY, 'ops'];
export const ATTRS_PATH: Path = [RSVC_KEY, 'attrs'];
export const LAYOUT_KEY = 'layout';
export const GEN_MAX_KEY = 'genMax';
export const RSVC_LAYOUT_VERSION = 1;

/** Buffer the creation of the root and the framework's KVSs on a bootstrap transaction. */
export function createRsvcLayout(tx: Transaction): void {
  tx.createRoot(KvsClass.Generic)
    .createKvs([], RSVC_KEY, KvsClass.Generic)
    .createKvs(RSVC_PATH, 'ops', KvsClass.Lexical)
    .createKvs(RSVC_PATH, 'attrs', KvsClass.Lexical)
    .update(RSVC_PATH, LAYOUT_KEY, Uint8Array.of(RSVC_LAYOUT_VERSION));
}
