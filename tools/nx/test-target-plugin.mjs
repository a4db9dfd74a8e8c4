// Nx inference plugin: every app, lib or tool that has *.test.ts files gets a `test` target that
// runs them through tools/run-tests.mjs, the same runner as README's `npm test`. So
// `nx affected -t lint test` tests what a change touches, and `npm test -- <path>` stays the way
// to run one file. The target is not cached: integration tests spawn real nats-servers, and a
// cached "pass" would hide a flaky one.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

function hasTests(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (name.endsWith('.test.ts')) return true;
    if (statSync(p).isDirectory() && hasTests(p)) return true;
  }
  return false;
}

function testTarget(root) {
  return {
    command: `node tools/run-tests.mjs ${root}`,
    options: { cwd: '{workspaceRoot}' },
    cache: false,
    metadata: { description: `node:test (via tsx) over every *.test.ts under ${root}` },
  };
}

const pattern = '{apps,libs,tools}/*/{package,project}.json';

async function createNodesFn(files, _options, context) {
  return files.flatMap((file) => {
    const root = dirname(file);
    if (!hasTests(join(context.workspaceRoot, root))) return [];
    return [[file, { projects: { [root]: { targets: { test: testTarget(root) } } } }]];
  });
}

export const createNodes = [pattern, createNodesFn];
export const createNodesV2 = createNodes;
