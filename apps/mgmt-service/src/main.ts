// The mgmt-service process: one MS replica on its configured RANK, plus the locator every replica
// answers. `mgmt-service --help` lists its environment; libs/service-kit runs it.
import { DEFAULT_MS_REPLICAS } from '@daos-nats/api';
import { envVar, runServiceProcess } from '@daos-nats/service-kit';
import { defaultMsConfig } from './ms-config.js';
import { MgmtServer } from './ms-server.js';
import { killAtStep } from './kill-at-step.js';

const ms = defaultMsConfig;

await runServiceProcess({
  name: 'mgmt-service',
  summary: 'one replica of the management service (membership, system commands, pool directory)',
  role: 'mgmt',
  identity: 'static',
  env: {
    MS_REPLICAS: envVar.ranks('every MS replica rank, the same list on each', DEFAULT_MS_REPLICAS),
    MS_UNRESPONSIVE_AFTER_MS: envVar.integer('heartbeat silence before a member is Unresponsive', 'ms', ms.unresponsiveAfterMs),
    MS_EXCLUDE_AFTER_MS: envVar.integer('heartbeat silence before a member is Excluded', 'ms', ms.excludeAfterMs),
    MS_UNHEARD_GRACE_MS: envVar.integer('how long a new leader waits for members it has not heard yet', 'ms', ms.unheardGraceMs),
    MS_UNHEARD_UNRESPONSIVE_GRACE_MS: envVar.integer('same, before Unresponsive', 'ms', ms.unheardUnresponsiveGraceMs),
    MS_TEST_KILL_DIR: envVar.string('tests only: a directory; an MS leader whose job for a pool labelled kill-<step>... reaches that step (create-svc-started, ...) kills itself with SIGKILL, once per pool and step', ''),
  },
  serve: (p) =>
    MgmtServer.start({
      bus: p.bus,
      system: p.system,
      rank: p.rank,
      replicas: p.env.MS_REPLICAS,
      dataDir: p.dataDir,
      rng: p.rng,
      config: {
        unresponsiveAfterMs: p.env.MS_UNRESPONSIVE_AFTER_MS,
        excludeAfterMs: p.env.MS_EXCLUDE_AFTER_MS,
        unheardGraceMs: p.env.MS_UNHEARD_GRACE_MS,
        unheardUnresponsiveGraceMs: p.env.MS_UNHEARD_UNRESPONSIVE_GRACE_MS,
      },
      startHost: (service, dataDir) => p.startHost(service, dataDir),
      ...(p.authorize ? { authorize: p.authorize } : {}),
      log: p.log,
      ...(p.env.MS_TEST_KILL_DIR ? { stepHook: killAtStep(p.env.MS_TEST_KILL_DIR) } : {}),
    }),
});
