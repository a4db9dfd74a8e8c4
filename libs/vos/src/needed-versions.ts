// Which versions of one akey aggregation must keep (pure; VosTarget.aggregate applies it).

/** One stored version of an akey: a single value (len = its size, off 0) or an extent. */
export interface VersionRec {
  readonly id: number;
  readonly epoch: bigint;
  readonly single: boolean;
  readonly off: number;
  readonly len: number;
}

/** Latest punch epoch at or below `view` (0n if none): it hides every version at or below it. */
function punchBelow(punches: readonly bigint[], view: bigint): bigint {
  let p = 0n;
  for (const e of punches) if (e <= view && e > p) p = e;
  return p;
}

/** Does [off, off+len) have a byte not yet in `covered` (sorted, disjoint)? Adds it if so. */
function addUncovered(covered: Array<[number, number]>, off: number, len: number): boolean {
  const end = off + len;
  let cursor = off;
  let fresh = false;
  for (const [a, b] of covered) {
    if (b <= cursor) continue;
    if (a >= end) break;
    if (a > cursor) fresh = true;
    cursor = Math.max(cursor, b);
    if (cursor >= end) break;
  }
  if (cursor < end) fresh = true;
  if (fresh) {
    covered.push([off, end]);
    covered.sort((x, y) => x[0] - y[0]);
    const merged: Array<[number, number]> = [];
    for (const iv of covered) {
      const last = merged[merged.length - 1];
      if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
      else merged.push([iv[0], iv[1]]);
    }
    covered.splice(0, covered.length, ...merged);
  }
  return fresh;
}

/**
 * The ids of the versions some view still reads. A view is an epoch a reader may pin (each
 * snapshot, and the aggregation boundary, which stands for every later read too). At view v the
 * visible versions are those with epoch in (latest punch <= v, v]; a single value is needed if it
 * is the latest visible one, an extent if a byte of it is not overwritten by a later visible
 * extent (later epoch, or same epoch and later id). Versions above the boundary are never passed in.
 */
export function neededVersions(recs: readonly VersionRec[], punches: readonly bigint[], views: readonly bigint[]): Set<number> {
  const order = [...recs].sort((a, b) => (a.epoch === b.epoch ? b.id - a.id : a.epoch > b.epoch ? -1 : 1));
  const keep = new Set<number>();
  for (const v of views) {
    const floor = punchBelow(punches, v);
    const covered: Array<[number, number]> = [];
    for (const r of order) {
      if (r.epoch > v || r.epoch <= floor) continue;
      if (r.single) {
        keep.add(r.id);
        break;
      }
      if (addUncovered(covered, r.off, r.len)) keep.add(r.id);
    }
  }
  return keep;
}
