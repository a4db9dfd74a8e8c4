import { rsvcOps } from '@daos-nats/api';
import { InvalidError } from '@daos-nats/base';
import { operation, type HandlerContext, type OperationSpec, type ServiceClass } from './service-class.js';
import { ATTRS_PATH } from './rsvc-layout.js';

/** Longest attribute name, in UTF-8 bytes. */
export const ATTR_NAME_BYTES_MAX = 255;
/** Most attributes named or set by one request. */
export const ATTRS_PER_REQUEST_MAX = 1024;
/**
 * Most names in one page of rsvc.attr.list: at ATTR_NAME_BYTES_MAX each, a page is at most
 * ~262 KB, well under NATS's 1 MiB max_payload, however many attributes the group holds.
 */
export const ATTR_LIST_PAGE_NAMES_MAX = 1024;

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
export const attributeOperations: readonly OperationSpec[] = attributeOperationsWith(undefined);

/** The attribute operations, each first asking `access` (a service's `attributeAccess`) if given. */
export function attributeOperationsWith<S>(access: ServiceClass<S>['attributeAccess']): OperationSpec<S>[] {
  const check = async (ctx: HandlerContext<S>, handle: string | null | undefined, write: boolean): Promise<void> => await access?.(ctx, handle ?? '', write);
  return [
    operation(rsvcOps.attrSet, 'write', async (req, ctx: HandlerContext<S>) => {
      await check(ctx, req.handle, true);
      const entries = Object.entries(req.attrs ?? {});
      checkNames(entries.map(([n]) => n));
      for (const [n, v] of entries) {
        if (v.length === 0) throw new InvalidError(`attribute ${JSON.stringify(n)} has an empty value`);
        ctx.tx.update(ATTRS_PATH, n, v);
      }
      return {};
    }),
    operation(rsvcOps.attrGet, 'read', async (req, ctx: HandlerContext<S>) => {
      await check(ctx, req.handle, false);
      const names = req.names ?? [];
      checkNames(names);
      const attrs: Record<string, Uint8Array> = {};
      for (const n of names) attrs[n] = await ctx.tx.lookup(ATTRS_PATH, n);
      return { attrs };
    }),
    operation(rsvcOps.attrList, 'read', async (req, ctx: HandlerContext<S>) => {
      await check(ctx, req.handle, false);
      const limit = Math.min(req.limit || ATTR_LIST_PAGE_NAMES_MAX, ATTR_LIST_PAGE_NAMES_MAX);
      // One more than the page, to know whether another page follows.
      const items = await ctx.tx.iterate(ATTRS_PATH, { ...(req.anchor ? { gt: req.anchor } : {}), limitItems: limit + 1 });
      const names = items.slice(0, limit).map((it) => decoder.decode(it.key));
      return { names, nextAnchor: items.length > limit ? names[names.length - 1]! : '' };
    }),
    operation(rsvcOps.attrDelete, 'write', async (req, ctx: HandlerContext<S>) => {
      await check(ctx, req.handle, true);
      const names = req.names ?? [];
      checkNames(names);
      for (const n of names) {
        await ctx.tx.lookup(ATTRS_PATH, n); // DER_NONEXIST before anything is buffered
        ctx.tx.delete(ATTRS_PATH, n);
      }
      return {};
    }),
  ];
}
