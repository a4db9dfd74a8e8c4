import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, waitFor } from '@daos-nats/testkit';
import { connectBus, RaftRouter, serviceRaftSubject, type RaftDelivery } from './index.js';

const server = await startNatsServer();
after(() => server[Symbol.asyncDispose]());
const log = createLogger({ service: 'raft-router-test', level: 'silent' });
const { MessageType } = daos.raft.v1;

test('raft messages reach the handler of their group on the addressed rank, and nothing else', async () => {
  await using busA = await connectBus({ name: 'rank-1', servers: server.url, log });
  await using busB = await connectBus({ name: 'rank-2', servers: server.url, log });
  const a = await RaftRouter.open(busA, { system: 'sys', service: 'pool', rank: 1 });
  const b = await RaftRouter.open(busB, { system: 'sys', service: 'pool', rank: 2 });
  const got: Record<string, RaftDelivery[]> = { g1: [], g2: [], onA: [] };
  b.join('g1', (d) => got['g1']!.push(d));
  b.join('g2', (d) => got['g2']!.push(d));
  a.join('g1', (d) => got['onA']!.push(d));

  const app = { type: MessageType.MESSAGE_TYPE_APP, from: 11, to: 21, term: 3, index: 7, logTerm: 2, commit: 6, entries: [{ term: 3, index: 8, data: new Uint8Array([1, 2]) }] };
  a.send('g1', 2, app);
  a.send('g2', 2, { type: MessageType.MESSAGE_TYPE_HEARTBEAT, from: 12, to: 22, term: 1 });
  a.send('g3', 2, { type: MessageType.MESSAGE_TYPE_HEARTBEAT, from: 13, to: 23, term: 1 });
  await busA.flush();
  await waitFor(() => b.stats.delivered + b.stats.unknownGroup === 3, { timeoutMs: 2000, what: 'three messages at rank 2' });

  assert.equal(got['g1']!.length, 1);
  const d = got['g1']![0]!;
  assert.deepEqual([d.group, d.from, d.to], ['g1', 11, 21]);
  assert.equal(d.message.type, MessageType.MESSAGE_TYPE_APP);
  assert.equal(d.message.term, 3);
  assert.deepEqual(Uint8Array.from(d.message.entries![0]!.data!), new Uint8Array([1, 2]));
  assert.equal(got['g2']!.length, 1);
  assert.equal(b.stats.unknownGroup, 1, 'a group not hosted here is counted, not delivered');
  assert.equal(got['onA']!.length, 0, 'rank 1 hears nothing addressed to rank 2');
  assert.equal(a.stats.sent, 3);
  await a.close();
  await b.close();
});

test('malformed or misaddressed envelopes are dropped and counted; the router keeps routing', async () => {
  await using busA = await connectBus({ name: 'bad-1', servers: server.url, log });
  await using busB = await connectBus({ name: 'bad-2', servers: server.url, log });
  const a = await RaftRouter.open(busA, { system: 'sys', service: 'cont', rank: 1 });
  const b = await RaftRouter.open(busB, { system: 'sys', service: 'cont', rank: 2 });
  const got: RaftDelivery[] = [];
  b.join('g', (d) => got.push(d));
  const subj = serviceRaftSubject('sys', 'cont', 'g', 2);
  const enc = (e: daos.raft.v1.RaftEnvelope.$Properties) => daos.raft.v1.RaftEnvelope.encode(e).finish();
  busA.publish(subj, new Uint8Array([0xff, 0xff, 0xff]));
  busA.publish(subj, enc({ group: 'other', from: 1, to: 2, message: { type: 1, from: 1, to: 2 } }));
  busA.publish(subj, enc({ group: 'g', from: 1, to: 2, message: { type: 1, from: 1, to: 3 } }));
  busA.publish(subj, enc({ group: 'g', from: 1, to: 2 }));
  a.send('g', 2, { type: MessageType.MESSAGE_TYPE_VOTE, from: 1, to: 2, term: 9 });
  await busA.flush();
  await waitFor(() => b.stats.malformed === 4 && got.length === 1, { timeoutMs: 2000, what: 'four drops and one delivery' });
  assert.equal(got[0]!.message.type, MessageType.MESSAGE_TYPE_VOTE);

  assert.throws(() => a.send('g', 2, { type: MessageType.MESSAGE_TYPE_VOTE, from: 0, to: 2 }), InvalidError);
  assert.throws(() => a.send('g', 2, { type: MessageType.MESSAGE_TYPE_VOTE, from: 1, to: 2, term: 1n as unknown as number }), (e: unknown) => e instanceof InvalidError && /BigInt/.test(e.message));
  assert.throws(() => a.send('g.x', 2, { from: 1, to: 2 }), InvalidError);
  await a.close();
  await b.close();
});
