// `npm run bench -- pool-create [--ops N]`
//
// Where a pool create's time goes (issue 17, goal: p50 <= 200 ms). A whole system as `npm start`
// starts it (services at their real defaults: 100 ms ticks, 10-tick election timeout), N pool
// creates one after the other through @daos-nats/client, each timed end to end, and the MS
// leader's per-step times of each create from its 'pool created' log line (pool-jobs.ts):
//   recordedMs   the job's first committed step (proves the record)
//   svcStartMs   dist-start of the pool service group (rsvc.start to each rank)
//   svcUpMs      until some replica answers as an UP leader (election + bootstrap commit)
//   contStepMs   the committed progress step between the groups
//   contStartMs / contUpMs   the same for the container service group
//   readyMs      the committed Ready step
// The client's part is the end-to-end time minus the job's: the create call (placement and the
// record's commit) and polling for Ready (every poolPollMs).
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { callerCredential, DaosClient, MgmtClient, systemAuth } from '@daos-nats/client';
import { TestSystem } from '@daos-nats/testkit';

const i = process.argv.indexOf('--ops');
const ops = i < 0 ? 8 : Number(process.argv[i + 1]);
if (!Number.isSafeInteger(ops) || ops < 1) {
  process.stderr.write('usage: npm run bench -- pool-create [--ops N]\n');
  process.exit(2);
}

await using sys = await TestSystem.start();
console.log(`pool-create: load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
const credential = callerCredential();
const auth = await systemAuth(sys.dataDir, 'admin', credential, {});
await using client = await DaosClient.connect({ natsUrl: sys.natsUrl, system: sys.system, name: 'bench-pool-create', credential, ...(auth ? { auth } : {}) });
const mgmt = new MgmtClient(client, { replicas: sys.record.msReplicas });
const owner = { owner: client.credential.user, ownerGroup: client.credential.group };
const run = `pc${Date.now().toString(36)}`;

const e2e = new Map<string, number>();
for (let n = 0; n < ops; n++) {
  const uuid = randomUUID();
  const t0 = performance.now();
  await mgmt.poolCreate({ uuid, label: `${run}-${n}`, sizeBytes: 1e9, ...owner });
  e2e.set(uuid, performance.now() - t0);
}

// The MS leader logs each create's step times; the launcher shows every service's log line as
// `[name] <time> INFO pool created pool=<uuid> ... times={...}`.
const steps = new Map<string, Record<string, number>>();
for (const line of sys.log.split('\n')) {
  if (!line.includes(' pool created ')) continue;
  const pool = / pool=([0-9a-f-]{36})/.exec(line)?.[1];
  const times = / times=(\{[^}]*\})/.exec(line)?.[1];
  if (pool && times) steps.set(pool, JSON.parse(times) as Record<string, number>);
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const names = ['recordedMs', 'svcStartMs', 'svcUpMs', 'contStepMs', 'contStartMs', 'contUpMs', 'readyMs'];
console.log(`pool-create: ${ops} creates, end to end p50 ${median([...e2e.values()]).toFixed(0)} ms (each: ${[...e2e.values()].map((v) => v.toFixed(0)).join(' ')})`);
const jobs = [...e2e.keys()].flatMap((u) => (steps.has(u) ? [steps.get(u)!] : []));
console.log(`pool-create: MS job step medians over ${jobs.length} creates: ${names.map((k) => `${k} ${median(jobs.map((j) => j[k] ?? NaN)).toFixed(0)}`).join(', ')}`);
const jobTotal = (j: Record<string, number>) => names.filter((k) => !['svcStartMs', 'svcUpMs', 'contStartMs', 'contUpMs'].includes(k)).reduce((a, k) => a + (j[k] ?? 0), 0) + (j['svcMs'] ?? 0) + (j['contMs'] ?? 0);
const clientPart = [...e2e].flatMap(([u, ms]) => (steps.has(u) ? [ms - jobTotal(steps.get(u)!)] : []));
const campaigns = sys.log.split('\n').filter((l) => l.includes('campaigning at once')).length;
console.log(`pool-create: ${campaigns} groups campaigned at once when created (rsvc StartReq.campaign; 0: every group waited out an election timeout)`);
console.log(`pool-create: client part (create call + polling for Ready) median ${median(clientPart).toFixed(0)} ms`);
console.log(`pool-create: load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at end`);
