#!/usr/bin/env node
// Runs the daos CLI from its TypeScript sources (tsx), so `npx daos` works right after `npm ci`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const r = spawnSync(process.execPath, ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), main, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (r.error) {
  console.error(`daos: could not start: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
