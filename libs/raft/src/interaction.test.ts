import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScript, renderScript, type Case } from '../testing/datadriven.js';
import { InteractionEnv } from '../testing/interaction-env.js';

// Scenario scripts in testdata/: each case is a command, '----', and the expected output.
// REWRITE=1 regenerates the expected output in place (review the diff before committing).
const dir = new URL('../testdata/', import.meta.url).pathname;
const rewrite = process.env['REWRITE'] === '1';

for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  test(`scenario ${file}`, () => {
    const path = join(dir, file);
    const chunks = parseScript(readFileSync(path, 'utf8'));
    const env = new InteractionEnv();
    const outputs = new Map<Case, string>();
    let checked = 0;
    for (const c of chunks) {
      if (c.kind !== 'case') continue;
      const got = env.handle(c.case.command);
      outputs.set(c.case, got);
      if (!rewrite) assert.equal(got, c.case.expected, `${file}:${c.case.line}: ${c.case.command}`);
      checked++;
    }
    assert.ok(checked > 0, `${file} has no cases`);
    if (rewrite) writeFileSync(path, renderScript(chunks, outputs));
  });
}
