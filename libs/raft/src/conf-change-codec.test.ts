import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfChangeCodecError, decodeConfChange, encodeConfChange } from './conf-change-codec.js';
import { ConfChangeTransition, ConfChangeType, type ConfChange, type NodeId } from './types.js';

const cc = (changes: [ConfChangeType, number][], transition = ConfChangeTransition.Auto, context?: Uint8Array): ConfChange => ({
  transition,
  changes: changes.map(([type, id]) => ({ type, nodeId: id as NodeId })),
  ...(context ? { context } : {}),
});

test('conf change codec: round trip', () => {
  const cases: ConfChange[] = [
    cc([]),
    cc([[ConfChangeType.AddVoter, 4]]),
    cc([[ConfChangeType.AddVoter, 2 ** 53 - 1], [ConfChangeType.AddLearner, 128], [ConfChangeType.RemoveNode, 300]], ConfChangeTransition.JointExplicit),
    cc([[ConfChangeType.RemoveNode, 1]], ConfChangeTransition.JointImplicit, Uint8Array.from([1, 2, 3])),
  ];
  for (const c of cases) assert.deepEqual(decodeConfChange(encodeConfChange(c)), c);
  assert.deepEqual([...encodeConfChange(cc([[ConfChangeType.AddVoter, 300]]))], [1, 0, 1, 0, 0xac, 0x02, 0], 'the layout is stable');
});

test('conf change codec: malformed bytes are rejected with a clear error', () => {
  const good = encodeConfChange(cc([[ConfChangeType.AddVoter, 4]], ConfChangeTransition.Auto, Uint8Array.from([9])));
  const bad: [Uint8Array, RegExp][] = [
    [new Uint8Array(), /truncated/],
    [Uint8Array.from([2, 0, 0, 0]), /version 2/],
    [Uint8Array.from([1, 7, 0, 0]), /transition 7/],
    [Uint8Array.from([1, 0, 1, 9, 4, 0]), /change type 9/],
    [Uint8Array.from([1, 0, 1, 0, 0, 0]), /node id 0/],
    [good.slice(0, good.length - 1), /truncated context/],
    [Uint8Array.from([...good, 0]), /trailing/],
    [Uint8Array.from([1, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]), /too long/],
    [Uint8Array.from([1, 0, 0x80, 0x10, 0]), /exceed/],
    [Uint8Array.from([1, 0, 1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]), /overflows/],
  ];
  for (const [bytes, why] of bad) assert.throws(() => decodeConfChange(bytes), (e: unknown) => e instanceof ConfChangeCodecError && why.test((e as Error).message), `${[...bytes]}`);
  assert.throws(() => encodeConfChange(cc([[ConfChangeType.AddVoter, -1]])), ConfChangeCodecError);
});
