import { ProtoError } from '@daos-nats/base';

/**
 * Every item of a paged list: `page(anchor)` from the anchor '' until a page's next anchor is ''
 * (each page is one call with its own deadline). A next anchor that repeats the one asked would
 * loop forever: DER_PROTO.
 */
export async function allPages<T>(page: (anchor: string) => Promise<{ items: readonly T[]; nextAnchor: string }>, what: string): Promise<T[]> {
  const out: T[] = [];
  for (let anchor = ''; ; ) {
    const p = await page(anchor);
    out.push(...p.items);
    if (p.nextAnchor === '') return out;
    if (p.nextAnchor === anchor) throw new ProtoError(`${what}: the next anchor ${JSON.stringify(anchor)} does not advance`);
    anchor = p.nextAnchor;
  }
}
