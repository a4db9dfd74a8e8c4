// A minimal static service process for run-service-process.test.ts: serves nothing but a marker
// file, so the test sees start and clean close without a raft group.
import fs from 'node:fs';
import path from 'node:path';
import { envVar, runServiceProcess } from '../src/index.js';

await runServiceProcess({
  name: 'fixture-service',
  summary: 'a test fixture',
  identity: 'static',
  env: { FIXTURE_WAIT_MS: envVar.integer('a fixture knob', 'ms', 5) },
  serve: async (p) => {
    fs.writeFileSync(path.join(p.dataDir, 'serving'), `${p.rank} ${p.env.FIXTURE_WAIT_MS}`);
    return { close: async () => fs.writeFileSync(path.join(p.dataDir, 'closed'), 'yes') };
  },
});
