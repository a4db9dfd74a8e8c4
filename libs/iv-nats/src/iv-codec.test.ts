import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DER, DaosError } from '@daos-nats/base';
import { checkRequest, DEFAULT_IV_CONFIG, type IvRequest } from '@daos-nats/iv';
import { daos } from '@daos-nats/proto';
import { decodePeerReply, decodePeerRequest, encodePeerReply, encodePeerRequest } from './iv-codec.js';
import { uuidKey } from './iv-classes.js';

/** Buffers and Uint8Arrays as plain arrays, so a decoded Buffer equals the Uint8Array sent. */
function plain(x: unknown): unknown {
  if (x instanceof Uint8Array) return [...x];
  if (Array.isArray(x)) return x.map(plain);
  if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  return x;
}

const ns = { pool: 'p-1', root: 2, term: 5, ranks: [0, 1, 2] };
const key = uuidKey('11111111-2222-4333-8444-555555555555');

test('every peer request survives the wire and passes checkRequest unchanged', () => {
  const reqs: IvRequest[] = [
    { op: 'ns', ns },
    { op: 'fetch', pool: 'p-1', term: 5, classId: 3, key },
    { op: 'update', pool: 'p-1', term: 5, classId: 3, key, version: 9, value: new Uint8Array([1, 2]), sync: 'eager' },
    { op: 'update', pool: 'p-1', term: 5, classId: 3, key, version: 0, sync: 'lazy' },
    { op: 'revoke', ns, classId: 3, key },
    { op: 'push', ns, classId: 3, key, entry: { version: 9, value: new Uint8Array([7]) }, leaseMs: 1000 },
    { op: 'push', ns, classId: 3, key, entry: { version: 4 }, leaseMs: 0 },
    { op: 'alloc', pool: 'p-1', term: 5, classId: 5, key, count: 64 },
  ];
  for (const r of reqs) {
    const back = checkRequest(decodePeerRequest(encodePeerRequest(r)), DEFAULT_IV_CONFIG);
    assert.deepEqual(plain(back), plain(r));
  }
});

test('replies survive the wire; absent stays absent', () => {
  assert.deepEqual(decodePeerReply(encodePeerReply({ ok: true, entry: { version: 3 }, leaseMs: 10, complete: true })), { ok: true, entry: { version: 3 }, leaseMs: 10, complete: true });
  assert.deepEqual(decodePeerReply(encodePeerReply({ ok: true, range: { first: 1000, count: 64 } })), { ok: true, leaseMs: 0, complete: false, range: { first: 1000, count: 64 } });
  const r = decodePeerReply(encodePeerReply({ ok: true, complete: false }));
  assert.equal(r.entry, undefined);
  assert.equal(r.complete, false);
});

test('hostile bytes: garbage is DER_PROTO, an empty op or an unspecified sync mode is refused by checkRequest', () => {
  assert.throws(() => decodePeerRequest(new Uint8Array([0xff, 0xff, 0xff, 0xff])), (e: unknown) => e instanceof DaosError && e.code === DER.PROTO);
  assert.throws(() => decodePeerRequest(new Uint8Array()), (e: unknown) => e instanceof DaosError && e.code === DER.PROTO);
  const noSync = daos.iv.v1.PeerReq.encode({ update: { pool: 'p', term: 1, classId: 1, key: new Uint8Array(), version: 1 } }).finish();
  assert.throws(() => checkRequest(decodePeerRequest(noSync), DEFAULT_IV_CONFIG), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL);
  const noNs = daos.iv.v1.PeerReq.encode({ revoke: { classId: 1, key: new Uint8Array() } }).finish();
  assert.throws(() => checkRequest(decodePeerRequest(noNs), DEFAULT_IV_CONFIG), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL);
});

test('uuid keys are canonical: case does not matter, anything else is refused', () => {
  assert.deepEqual(uuidKey('AAAAAAAA-2222-4333-8444-555555555555'), uuidKey('aaaaaaaa-2222-4333-8444-555555555555'));
  assert.equal(key.length, 16);
  assert.throws(() => uuidKey('not-a-uuid'), (e: unknown) => e instanceof DaosError && e.code === DER.INVAL);
});
