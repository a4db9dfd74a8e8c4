// The kv-example service process: hosts kv replicas on its configured RANK. Everything else is
// libs/rsvc and kv-service.ts; `kv-example --help` lists the environment (libs/service-kit).
import { runServiceProcess } from '@daos-nats/service-kit';
import { kvService } from './kv-service.js';

await runServiceProcess({
  name: 'kv-service',
  summary: 'the example replicated key-value service (groups created by dist start)',
  identity: 'static',
  env: {},
  serve: (p) => p.startHost(kvService, p.dataDir),
});
