import { rsvcOps } from '@daos-nats/api';
import { InvalidError } from '@daos-nats/base';
import { operation, type OperationSpec } from './service-class.js';
import { ATTRS_PATH } from './rsvc-layout.js';

/** Longest attribute name, in UTF-8 bytes. */
export const ATTR_NAME_BYTES_MAX = 255;
/** Most attributes named or set by one request. */
export const ATTRS_PER_REQUEST_MAX = 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function checkNames(names: readonly string[]): void {
  if (names.length === 0) throw new InvalidError('no attribute named');
  if (names.length > ATTRS_PER_REQUEST_MAX) throw new InvalidError(`${names.length} attributes in one request, limit ${ATTRS_PER_REQUEST_MAX}`);
  for (const n of names) {
    const b = encoder.encode(n).length;
    if (b === 0 || b > ATTR_NAME_BYTES_MAX) throw new InvalidError(`attribute name must be 1..${ATTR_NAME_BYTES_MAX} bytes, got ${b}`);
  }
}

/**
 * User attributes of a group (DAOS pool/container attributes), a facility of every service:
 * set (values must be non-empty), get (DER_NONEXIST if any is missing), list, delete
 * (DER_NONEXIST if any is missing; all or nothing).
 */
export const attributeOperations: readonly OperationSpec[] = [
  operation(rsvcOps.attrSet, 'write', async (req, ctx) => {
    const entries = Object.entries(req.attrs ?? {});
    checkNames(entries.map(([n]) => n));
    for (const [n, v] of entries) {
      if (v.length === 0) throw new InvalidError(`attribute ${JSON.stringify(n)} has an empty value`);
      ctx.tx.update(ATTRS_PATH, n, v);
    }
    return {};
  }),
  operation(rsvcOps.attrGet, 'read', async (req, ctx) => {
    const names = req.names ?? [];
    checkNames(names);
    const attrs: Record<string, Uint8Array> = {};
    for (const n of names) attrs[n] = await ctx.tx.lookup(ATTRS_PATH, n);
    return { attrs };
  }),
  operation(rsvcOps.attrList, 'read', async (_req, ctx) => {
    const names: string[] = [];
    let after: Uint8Array | undefined;
    for (;;) {
      const items = await ctx.tx.iterate(ATTRS_PATH, after ? { gt: after } : {});
      if (items.length === 0) return { names };
      for (const it of items) names.push(decoder.decode(it.key));
      after = items[items.length - 1]!.key;
    }
  }),
  operation(rsvcOps.attrDelete, 'write', async (req, ctx) => {
    const names = req.names ?? [];
    checkNames(names);
    for (const n of names) {
      await ctx.tx.lookup(ATTRS_PATH, n); // DER_NONEXIST before anything is buffered
      ctx.tx.delete(ATTRS_PATH, n);
    }
    return {};
  }),
];
