// The kv-example service process: hosts kv replicas on its configured RANK. Everything else is
// libs/rsvc and kv-service.ts; `kv-example --help` lists the environment (libs/service-kit).
import { envVar, runServiceProcess } from '@daos-nats/service-kit';
import { startDiskFullSwitch } from './disk-full-switch.js';
import { kvService } from './kv-service.js';

await runServiceProcess({
  name: 'kv-service',
  summary: 'the example replicated key-value service (groups created by dist start)',
  identity: 'static',
  env: {
    KV_TEST_DISK_FULL_FILE: envVar.optionalString('fault injection for tests only: while this file exists, every replica file is capped at its size (SQLITE_FULL on growth); unset: never'),
  },
  serve: async (p) => {
    const host = await p.startHost(kvService, p.dataDir);
    const diskFull = startDiskFullSwitch(p.env.KV_TEST_DISK_FULL_FILE, host, p.log);
    return {
      close: async () => {
        diskFull.stop();
        await host.close();
      },
    };
  },
});
