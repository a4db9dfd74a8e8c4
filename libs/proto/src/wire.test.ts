import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daos, WireIntegerError, WIRE_INT64_MAX } from './index.js';

const { Request, Reply } = daos.v1;
const raft = daos.raft.v1;

test('a request envelope round-trips with its metadata and body', () => {
  const clientId = new Uint8Array(16).map((_, i) => i + 1);
  const bytes = Request.encode({
    meta: {
      clientId,
      clientTimeUs: 1_732_000_000_000_000,
      deadlineRemainingMs: 1500,
      operation: 'pool.create',
      trace: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', tracestate: '' },
    },
    body: new Uint8Array([9, 8, 7]),
  }).finish();
  const back = Request.decode(bytes);
  assert.deepEqual(Uint8Array.from(back.meta!.clientId!), clientId);
  assert.equal(back.meta!.clientTimeUs, 1_732_000_000_000_000);
  assert.equal(typeof back.meta!.clientTimeUs, 'number', '64-bit fields decode as numbers, not Long');
  assert.equal(back.meta!.deadlineRemainingMs, 1500);
  assert.equal(back.meta!.operation, 'pool.create');
  assert.deepEqual(Uint8Array.from(back.body), new Uint8Array([9, 8, 7]));
});

test('a reply carries a DER status and a leader hint', () => {
  const back = Reply.decode(Reply.encode({ status: { code: -2008, message: 'not leader' }, hint: { rank: 2, term: 7 } }).finish());
  assert.equal(back.status!.code, -2008);
  assert.equal(back.status!.message, 'not leader');
  assert.deepEqual({ rank: back.hint!.rank, term: back.hint!.term }, { rank: 2, term: 7 });
  assert.equal(back.body.length, 0);
});

test('an absent 64-bit field decodes as the number 0, not a Long', () => {
  const back = raft.HardState.decode(raft.HardState.encode({}).finish());
  assert.equal(back.term, 0);
  assert.equal(back.vote, 0);
  assert.equal(typeof back.commit, 'number');
});

test('64-bit fields carry every safe integer exactly, up to 2^53 - 1', () => {
  for (const n of [0, 1, 2 ** 31, 2 ** 32 + 1, 2 ** 52 + 3, WIRE_INT64_MAX]) {
    const back = raft.HardState.decode(raft.HardState.encode({ term: n, vote: 3, commit: n }).finish());
    assert.equal(back.term, n);
    assert.equal(back.commit, n);
  }
  const voters = [1, 2 ** 40, WIRE_INT64_MAX];
  const cs = raft.ConfState.decode(raft.ConfState.encode({ voters, autoLeave: true }).finish());
  assert.deepEqual(cs.voters, voters, 'packed repeated uint64 round-trips');
});

test('encoding a BigInt, a float, an unsafe number, a string or a negative uint64 is a WireIntegerError', () => {
  const bad: [unknown, RegExp][] = [
    [1n << 40n, /BigInt 1099511627776n/],
    [1.5, /1\.5/],
    [2 ** 53, /9007199254740992/],
    ['12', /string "12"/],
    [-1, /0\.\.2\^53-1/],
  ];
  for (const [value, msg] of bad) {
    assert.throws(
      () => raft.HardState.encode({ term: value as number }).finish(),
      (e: unknown) => e instanceof WireIntegerError && e instanceof RangeError && msg.test(e.message) && /uint64/.test(e.message),
      `term = ${String(value)}`,
    );
  }
  assert.throws(() => raft.ConfState.encode({ voters: [1, 2n as unknown as number] }).finish(), WireIntegerError, 'packed arrays are checked per element');
});

test('32-bit fields refuse values that would wrap, and enums refuse non-numbers', () => {
  assert.throws(() => daos.v1.LeaderHint.encode({ rank: 2 ** 32, term: 1 }).finish(), /uint32/);
  assert.throws(() => daos.v1.Status.encode({ code: 2 ** 31 }).finish(), /int32/);
  assert.throws(() => raft.Entry.encode({ type: 'Normal' as unknown as number }).finish(), WireIntegerError);
});

test('decoding a 64-bit value beyond 2^53 - 1 fails loudly instead of rounding', () => {
  // HardState.term = 2^64 - 1: tag 0x08 then ten varint bytes.
  const wire = new Uint8Array([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
  assert.throws(() => raft.HardState.decode(wire), (e: unknown) => e instanceof WireIntegerError && /0xffffffffffffffff/.test((e as Error).message));
});

test('truncated input is an error, not a partial message', () => {
  const full = Request.encode({ meta: { operation: 'x'.repeat(40) }, body: new Uint8Array(64) }).finish();
  assert.throws(() => Request.decode(full.subarray(0, full.length - 10)), RangeError);
});

test('the raft mirror carries a full App message with entries and a snapshot chunk', () => {
  const msg = {
    type: raft.MessageType.MESSAGE_TYPE_APP,
    from: 1,
    to: 2,
    term: 5,
    logTerm: 4,
    index: 10,
    entries: [
      { term: 5, index: 11, type: raft.EntryType.ENTRY_TYPE_NORMAL, data: new Uint8Array([1]) },
      { term: 5, index: 12, type: raft.EntryType.ENTRY_TYPE_CONF_CHANGE, data: new Uint8Array([2, 3]) },
    ],
    commit: 10,
    reject: false,
    rejectHint: 0,
    snapshot: {
      meta: { index: 9, term: 4, confState: { voters: [1, 2, 3], learners: [4], votersOutgoing: [], learnersNext: [], autoLeave: false } },
      offsetBytes: 0,
      totalBytes: 3,
      data: new Uint8Array([7, 7, 7]),
    },
    context: new Uint8Array([42]),
  };
  const env = raft.RaftEnvelope.decode(raft.RaftEnvelope.encode({ group: 'pool-a', from: 1, to: 2, message: msg }).finish());
  assert.equal(env.group, 'pool-a');
  const m = env.message!;
  assert.equal(m.type, raft.MessageType.MESSAGE_TYPE_APP);
  assert.deepEqual([m.from, m.to, m.term, m.logTerm, m.index, m.commit], [1, 2, 5, 4, 10, 10]);
  assert.equal(m.entries!.length, 2);
  assert.equal(m.entries![1]!.type, raft.EntryType.ENTRY_TYPE_CONF_CHANGE);
  assert.deepEqual(m.snapshot!.meta!.confState!.voters, [1, 2, 3]);
  assert.equal(m.snapshot!.totalBytes, 3);
  assert.deepEqual(Uint8Array.from(m.context!), new Uint8Array([42]));
  const noSnap = raft.Message.decode(raft.Message.encode({ type: raft.MessageType.MESSAGE_TYPE_HEARTBEAT }).finish());
  assert.equal(noSnap.snapshot ?? null, null, 'optional snapshot stays absent');
});
