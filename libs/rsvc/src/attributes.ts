import { rsvcOps } from '@daos-nats/api';
import { InvalidError, NonexistError, NoSpaceError } from '@daos-nats/base';
import type { Transaction } from '@daos-nats/rdb';
import { operation, type HandlerContext, type OperationSpec, type ServiceClass } from './service-class.js';
import { ATTRS_PATH } from './rsvc-layout.js';
import { attributeBytes, defaultAttributeLimits, readAttributeUsage, writeAttributeUsage, type AttributeLimits, type AttributeUsage } from './attribute-usage.js';

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

async function valueOf(tx: Transaction, name: string): Promise<Uint8Array | undefined> {
  try {
    return await tx.lookup(ATTRS_PATH, name);
  } catch (e) {
    if (e instanceof NonexistError) return undefined;
    throw e;
  }
}

/** The usage after setting `entries`, refused with DER_NOSPACE (nothing buffered) beyond a limit. */
async function usageAfterSet(tx: Transaction, entries: readonly [string, Uint8Array][], limits: AttributeLimits): Promise<AttributeUsage> {
  const u = await readAttributeUsage(tx);
  for (const [n, v] of entries) {
    const old = await valueOf(tx, n);
    if (old) u.bytes -= attributeBytes(n, old);
    else u.count += 1;
    u.bytes += attributeBytes(n, v);
  }
  if (u.count > limits.attrsPerObjectMax) throw new NoSpaceError(`${u.count} attributes would exceed attrsPerObjectMax=${limits.attrsPerObjectMax}`);
  if (u.bytes > limits.attrBytesPerObjectMax) throw new NoSpaceError(`${u.bytes} bytes of attribute names and values would exceed attrBytesPerObjectMax=${limits.attrBytesPerObjectMax}`);
  return u;
}

/**
 * User attributes of a group (DAOS pool/container attributes), a facility of every service:
 * set (values must be non-empty), get (DER_NONEXIST if any is missing), list, delete
 * (DER_NONEXIST if any is missing; all or nothing).
 */
export const attributeOperations: readonly OperationSpec[] = attributeOperationsWith(undefined);

/** The attribute operations, each first asking `access` (a service's `attributeAccess`) if given. */
export function attributeOperationsWith<S>(access: ServiceClass<S>['attributeAccess'], limitsOf?: ServiceClass<S>['attributeLimits']): OperationSpec<S>[] {
  const check = async (ctx: HandlerContext<S>, handle: string | null | undefined, write: boolean): Promise<void> => await access?.(ctx, handle ?? '', write);
  return [
    operation(rsvcOps.attrSet, 'write', async (req, ctx: HandlerContext<S>) => {
      await check(ctx, req.handle, true);
      const entries = Object.entries(req.attrs ?? {});
      checkNames(entries.map(([n]) => n));
      for (const [n, v] of entries) if (v.length === 0) throw new InvalidError(`attribute ${JSON.stringify(n)} has an empty value`);
      const usage = await usageAfterSet(ctx.tx, entries, limitsOf ? await limitsOf(ctx) : defaultAttributeLimits);
      for (const [n, v] of entries) ctx.tx.update(ATTRS_PATH, n, v);
      writeAttributeUsage(ctx.tx, usage);
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
      const names = [...new Set(req.names ?? [])];
      checkNames(names);
      const usage = await readAttributeUsage(ctx.tx);
      for (const n of names) {
        const old = await ctx.tx.lookup(ATTRS_PATH, n); // DER_NONEXIST before anything is buffered
        usage.count -= 1;
        usage.bytes -= attributeBytes(n, old);
      }
      for (const n of names) ctx.tx.delete(ATTRS_PATH, n);
      writeAttributeUsage(ctx.tx, usage);
      return {};
    }),
  ];
}
