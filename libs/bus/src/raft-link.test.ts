import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError } from '@daos-nats/base';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer, waitFor } from '@daos-nats/testkit';
import { connectBus, RaftLink, type RaftLinkAddress } from './index.js';

const server = await startNatsServer();
after(() => server[Symbol.asyncDispose]());
const log = createLogger({ service: 'raft-link-test', level: 'silent' });

test('raft bytes reach the rank they are addressed to, with the group from the subject, in order', async () => {
  await using busA = await connectBus({ name: 'rank-1', servers: server.url, log });
  await using busB = await connectBus({ name: 'rank-2', servers: server.url, log });
  const atA: [string, RaftLinkAddress][] = [];
  const atB: [string, RaftLinkAddress][] = [];
  const a = new RaftLink(busA, { system: 'sys', service: 'pool', rank: 1 });
  const b = new RaftLink(busB, { system: 'sys', service: 'pool', rank: 2 });
  const other = new RaftLink(busB, { system: 'sys', service: 'cont', rank: 2 });
  await a.listen((bytes, to) => atA.push([new TextDecoder().decode(bytes), to]));
  await b.listen((bytes, to) => atB.push([new TextDecoder().decode(bytes), to]));
  await other.listen(() => assert.fail('another service hears nothing'));
  await assert.rejects(a.listen(() => undefined), /listens once/);
  for (let i = 0; i < 50; i++) assert.equal(a.publish(i % 2 ? 'g1' : 'g2', { rank: 2 }, new TextEncoder().encode(String(i))), true);
  assert.equal(b.publish('g1', { rank: 1 }, new TextEncoder().encode('back')), true);
  await busA.flush();
  await busB.flush();
  await waitFor(() => atB.length === 50 && atA.length === 1, { timeoutMs: 2000, what: 'all messages delivered' });
  assert.deepEqual(atB.map(([m]) => m), Array.from({ length: 50 }, (_, i) => String(i)), 'in order');
  assert.deepEqual(atB[1]![1], { group: 'g1', rank: 2 });
  assert.deepEqual(atB[0]![1], { group: 'g2', rank: 2 });
  assert.deepEqual(atA[0], ['back', { group: 'g1', rank: 1 }]);
  assert.equal(a.stats.sent, 50);
  assert.equal(b.inboxStats.received, 50);
  assert.throws(() => a.publish('g.1', { rank: 2 }, new Uint8Array()), InvalidError);
  await Promise.all([a.close(), b.close(), other.close()]);
});

test('a link on a closed bus reports false instead of throwing, so raft marks the peer unreachable', async () => {
  const bus = await connectBus({ name: 'closing', servers: server.url, log });
  const link = new RaftLink(bus, { system: 'sys', service: 'pool', rank: 3 });
  await link.listen(() => undefined);
  await bus.drain();
  assert.equal(link.publish('g', { rank: 1 }, new Uint8Array([1])), false);
  assert.equal(link.stats.notSent, 1);
});
