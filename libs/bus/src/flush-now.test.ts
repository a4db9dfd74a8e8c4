// Bus.flushNow / RaftLink.flush: what is published leaves the process before the caller blocks
// (rdb blocks in fsync right after sending its appends). The observer is a worker thread with its
// own NATS connection and event loop, so it receives while the main thread is blocked.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { createLogger } from '@daos-nats/telemetry';
import { startNatsServer } from '@daos-nats/testkit';
import { connectBus, RaftLink } from './index.js';

const server = await startNatsServer();
after(() => server[Symbol.asyncDispose]());
const log = createLogger({ service: 'flush-now-test', level: 'silent' });
/** How long the blocked main thread waits for the observer (generous: a loaded machine). */
const OBSERVED_WAIT_MS = 30_000;
/** How long the control case blocks: nothing can arrive while unflushed, however long. */
const CONTROL_BLOCK_MS = 300;

const OBSERVER = `
const { connect } = require('@nats-io/transport-node');
const { workerData, parentPort } = require('node:worker_threads');
const seen = new Int32Array(workerData.sab);
(async () => {
  const nc = await connect({ servers: workerData.url });
  nc.subscribe(workerData.subject, { callback: () => { Atomics.add(seen, 0, 1); Atomics.notify(seen, 0); } });
  await nc.flush();
  parentPort.postMessage('ready');
})();
`;

async function observer(subject: string): Promise<{ seen: Int32Array; worker: Worker }> {
  const sab = new SharedArrayBuffer(4);
  const worker = new Worker(OBSERVER, { eval: true, workerData: { sab, url: server.url, subject } });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return { seen: new Int32Array(sab), worker };
}

test('flushNow puts a publish on the wire before the caller blocks; without it nothing leaves until the caller yields', async () => {
  await using bus = await connectBus({ name: 'flusher', servers: server.url, log });
  const { seen, worker } = await observer('flush.test');
  try {
    bus.publish('flush.test', new Uint8Array([1]), { trace: false });
    // Blocked like an fsync: the microtask that would flush cannot run.
    assert.equal(Atomics.wait(seen, 0, 0, CONTROL_BLOCK_MS), 'timed-out', 'unflushed: not delivered while blocked');
    await bus.flush(); // yield: the pending bytes go now
    while (Atomics.load(seen, 0) < 1) Atomics.wait(seen, 0, 0, OBSERVED_WAIT_MS);

    const link = new RaftLink(bus, { system: 'sys', service: 'svc', rank: 1 });
    bus.publish('flush.test', new Uint8Array([2]), { trace: false });
    link.flush();
    // No yield from here on: 'not-equal' means it had already arrived, 'ok' that it arrived while blocked.
    assert.notEqual(Atomics.wait(seen, 0, 1, OBSERVED_WAIT_MS), 'timed-out', 'flushed: delivered while this thread is blocked');
    assert.equal(Atomics.load(seen, 0), 2);
  } finally {
    await worker.terminate();
  }
});

test('flushNow on a closed bus does nothing and does not throw', async () => {
  const bus = await connectBus({ name: 'closed', servers: server.url, log });
  await bus.drain();
  assert.doesNotThrow(() => bus.flushNow());
});
