import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NoPermError, DER } from '@daos-nats/base';
import { createProgram } from './create-program.js';
import { runProgram } from './run-program.js';
import { keyValues, table } from './output.js';
import { parseSize } from './parse-size.js';
import { EXIT } from './usage-error.js';

/** A tiny CLI with one group and three commands, its output captured. */
function cli() {
  let out = '';
  let err = '';
  const { program, ctx } = createProgram({ name: 'tool', description: 'test tool' }, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  const pool = program.command('pool').description('pools');
  pool
    .command('create')
    .argument('<label>')
    .requiredOption('--size <size>', 'size', (s: string) => parseSize(s, '--size'))
    .action(ctx.action(async (label: string, o: { size: number }) => ({ json: { label, size: o.size }, text: `Created ${label}` })));
  pool.command('query').argument('<pool>').action(ctx.action(async () => {
    throw new NoPermError('user bob@ may not read pool tank');
  }));
  pool.command('globals').action(ctx.action(async () => ({ json: ctx.globals })));
  return { run: (...args: string[]) => runProgram(program, ctx, args), out: () => out, err: () => err };
}

test('a command prints its text, or with --json the {response, error, status} envelope', async () => {
  const a = cli();
  assert.equal(await a.run('pool', 'create', '--size', '1G', 'tank'), EXIT.ok);
  assert.equal(a.out(), 'Created tank\n');
  const b = cli();
  assert.equal(await b.run('pool', 'create', 'tank', '--size', '1G', '--json'), EXIT.ok);
  assert.deepEqual(JSON.parse(b.out()), { response: { label: 'tank', size: 1e9 }, error: null, status: 0 });
});

test('a DAOS error is one line DER_NAME(code): sentence on stderr and exit code 1; with --json also the envelope', async () => {
  const a = cli();
  assert.equal(await a.run('pool', 'query', 'tank'), EXIT.failed);
  assert.equal(a.err(), 'tool: DER_NO_PERM(-1001): User bob@ may not read pool tank\n');
  assert.equal(a.out(), '');
  const b = cli();
  assert.equal(await b.run('-j', 'pool', 'query', 'tank'), EXIT.failed);
  assert.deepEqual(JSON.parse(b.out()), { response: null, error: 'DER_NO_PERM(-1001): User bob@ may not read pool tank', status: DER.NO_PERM });
});

test('bad command lines exit 2 with a sentence and a pointer to --help', async () => {
  for (const args of [
    ['pool', 'create', 'tank'], // missing --size
    ['pool', 'create', '--size', 'big', 'tank'], // bad size
    ['pool', 'nope'],
    ['pool'], // group without a command
    ['--bogus'],
    ['pool', 'create', '--size', '1G'], // missing label
  ]) {
    const c = cli();
    assert.equal(await c.run(...args), EXIT.usage, args.join(' '));
    assert.match(c.err(), /error|usage/i, args.join(' '));
  }
  const c = cli();
  await c.run('pool', 'create', '--size', 'big', 'tank');
  assert.match(c.err(), /--size "big" is not a size/);
});

test('help exits 0 and lists the commands', async () => {
  const c = cli();
  assert.equal(await c.run('--help'), EXIT.ok);
  assert.match(c.out(), /Usage: tool/);
  assert.match(c.out(), /--json/);
  const d = cli();
  assert.equal(await d.run('pool', '--help'), EXIT.ok);
  assert.match(d.out(), /create/);
  assert.match(d.out(), /query/);
});

test('global options are accepted before or after the command', async () => {
  const c = cli();
  assert.equal(await c.run('--nats', 'nats://h:1', 'pool', 'globals', '--system', 's1', '--data-dir', '/d', '--timeout-ms', '500', '-j'), EXIT.ok);
  assert.deepEqual(JSON.parse(c.out()).response, { json: true, nats: 'nats://h:1', system: 's1', dataDir: '/d', timeoutMs: 500 });
  const d = cli();
  assert.equal(await d.run('pool', 'globals', '--timeout-ms', 'soon'), EXIT.usage);
});

test('tables have a header, a dashed rule and aligned columns; key-values align their keys', () => {
  assert.equal(table(['Rank', 'State'], [[0, 'Joined'], [10, 'Stopped']]), 'Rank  State\n----- --------\n0     Joined\n10    Stopped');
  assert.equal(keyValues([['UUID', 'x'], ['Total size', '1.0 GB']]), 'UUID:       x\nTotal size: 1.0 GB');
});
