// npm run campaign -- [--seconds 60] [--seed 1] [--nemesis all|kind,kind] [--clients 4] ...
// kv-example replicas over a real nats-server, clients with a recorded history, a nemesis; then
// heal, quiesce and check (see README.md). Exit 0 only when nothing was violated, lost or doubled.
import fs from 'node:fs';
import type { KvCluster } from '@daos-nats/kv-example/test/kv-cluster';
import { runCampaign, type CampaignResult } from './campaign.js';
import type { Nemesis } from './nemesis.js';
import { parseOptions, USAGE } from './options.js';
import { formatReport, passed } from './report.js';
import { formatResumeTotals } from './resume-stats.js';

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (e) {
  console.error(`campaign: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}

let nemesis: Nemesis | undefined;
let cluster: KvCluster | undefined;
// Ctrl-C or SIGTERM: nothing stays SIGSTOPped, every replica is SIGKILLed, the data directory
// removed, then exit at once: the nats-server dies with its watchdog, and a replica that somehow
// survived stops by itself when its supervisor is gone (DAOS_NATS_EXIT_WITH_PARENT).
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const)
  process.on(sig, () => {
    nemesis?.resumeAll();
    console.error(`campaign: ${sig}; stopping every process`);
    for (const p of cluster?.procs.values() ?? []) if (p.running) p.proc.kill('SIGKILL');
    if (cluster) fs.rmSync(cluster.dir.path, { recursive: true, force: true });
    process.exit(code);
  });

const log = options.verbose ? (l: string) => console.log(l) : () => {};
try {
  const results: CampaignResult[] = [];
  // --runs N: seeds seed .. seed+N-1, one after the other, each on a fresh cluster.
  for (let k = 0; k < options.runs; k++) {
    const r = await runCampaign({ ...options, seed: options.seed + k }, log, () => false, (c, n) => {
      cluster = c;
      nemesis = n;
    });
    console.log(formatReport(r));
    results.push(r);
  }
  if (results.length > 1) {
    const sum = (f: (r: CampaignResult) => number) => results.reduce((s, r) => s + f(r), 0);
    console.log(`== ${results.length} runs; failed seeds: ${results.filter((r) => !passed(r)).map((r) => r.options.seed).join(',') || 'none'}`);
    for (const l of formatResumeTotals(results.map((r) => r.resume), results[0]!.electionTimeoutMs)) console.log(l);
    console.log(`campaign: ${sum((r) => r.ops)} ops, ${sum((r) => r.violations)} violations, ${sum((r) => r.lost)} lost acknowledged writes, ${sum((r) => r.doubleExecutions)} double executions`);
  }
  process.exit(results.every(passed) ? 0 : 1);
} catch (e) {
  console.error('campaign: failed to run:', e);
  process.exit(3);
}
