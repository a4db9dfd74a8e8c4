// The lock-service process: one replica of the lock service on its configured RANK (a rank
// namespace of the lock service's own, like the MS's). `lock-service --help` lists its
// environment; libs/service-kit runs it.
import { LOCK_REPLICAS_DEFAULT } from '@daos-nats/api';
import { envVar, runServiceProcess } from '@daos-nats/service-kit';
import { defaultLockConfig as lock } from './lock-config.js';
import { LockServer } from './lock-server.js';

await runServiceProcess({
  name: 'lock-service',
  summary: 'one replica of the lock service (sessions with leases, caching clients, fencing tokens)',
  identity: 'static',
  env: {
    LOCK_REPLICAS: envVar.ranks('every lock-service replica rank, the same list on each (odd)', LOCK_REPLICAS_DEFAULT),
    LOCK_LEASE_MS_DEFAULT: envVar.integer('session lease when the client asks for none', 'ms', lock.leaseMsDefault),
    LOCK_LEASE_MS_MIN: envVar.integer('shortest session lease granted', 'ms', lock.leaseMsMin),
    LOCK_SWEEP_INTERVAL_MS: envVar.integer('how often the leader expires silent sessions', 'ms', lock.sweepIntervalMs),
  },
  serve: (p) =>
    LockServer.start({
      bus: p.bus,
      system: p.system,
      rank: p.rank,
      replicas: p.env.LOCK_REPLICAS,
      dataDir: p.dataDir,
      rng: p.rng,
      config: {
        leaseMsDefault: p.env.LOCK_LEASE_MS_DEFAULT,
        leaseMsMin: p.env.LOCK_LEASE_MS_MIN,
        sweepIntervalMs: p.env.LOCK_SWEEP_INTERVAL_MS,
      },
      startHost: (service, dataDir) => p.startHost(service, dataDir),
      log: p.log,
    }),
});
