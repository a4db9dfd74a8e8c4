#!/usr/bin/env node
// Runs every *.test.ts under apps/, libs/ and tools/ (or under the paths given) with node:test through tsx.
// Node 20's --test does not expand globs and silently runs nothing for a directory of .ts files,
// so the files are listed here explicitly, and an empty list is an error, not a green run.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const passthrough = args.filter((a) => a.startsWith('--'));
const roots = args.filter((a) => !a.startsWith('--'));

function find(dir, out) {
  let st;
  try {
    st = statSync(dir);
  } catch {
    console.error(`run-tests: no such path: ${dir}`);
    process.exit(2);
  }
  if (st.isFile()) {
    if (dir.endsWith('.test.ts')) out.push(dir);
    return out;
  }
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const files = (roots.length ? roots : ['apps', 'libs', 'tools'])
  .flatMap((r) => find(join(root, r), []))
  .map((f) => relative(root, f))
  .sort();
if (files.length === 0) {
  console.error('run-tests: found no *.test.ts files; refusing to report an empty run as a pass');
  process.exit(2);
}
const res = spawnSync(
  process.execPath,
  [
    '--conditions=@daos-nats/source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-concurrency=2',
    // Per file: the npm-start file (one whole system, six end-to-end scenarios) takes ~120 s alone
    // and went past 300 s once in CI with another system-sized file beside it.
    '--test-timeout=600000',
    ...passthrough,
    ...files,
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(res.status ?? 1);
