// Test support: the counter service's hosts over a real nats-server (the bus implementation of
// RsvcTransport), for the integration test rsvc-host.test.ts.
import { connectBus, natsRsvcTransport, type Bus } from '@daos-nats/bus';
import { createLogger } from '@daos-nats/telemetry';
import type { RsvcHost, RsvcHostOptions } from '../src/rsvc-host.js';
import { startCounterHost, type CounterLeader } from './test-hosts.js';

/** A host of the counter service on `rank`, with its own bus connection. */
export async function startTestHost(
  url: string,
  rank: number,
  dataDir: string,
  extra: Partial<RsvcHostOptions<CounterLeader>> = {},
): Promise<{ host: RsvcHost<CounterLeader>; bus: Bus; close(): Promise<void> }> {
  const bus = await connectBus({ name: `ctr-r${rank}`, servers: url, log: createLogger({ service: 'ctr-test', level: 'warn', base: { rank } }) });
  const host = await startCounterHost(natsRsvcTransport(bus), rank, dataDir, extra);
  return {
    host,
    bus,
    async close() {
      await host.close();
      await bus.drain();
    },
  };
}
