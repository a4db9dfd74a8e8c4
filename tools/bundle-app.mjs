#!/usr/bin/env node
// Bundles one app into <app>/bundle/ with esbuild: runnable JavaScript, no tsx at run time.
//   node tools/bundle-app.mjs apps/<app> [src/extra-entry.ts ...]
// src/main.ts is always an entry; extra entries are files loaded by path at run time (the engine's
// xstream worker and its modules), kept at the same place relative to main.js as in src/.
// The workspace libraries are bundled from their TypeScript sources (the @daos-nats/source export
// condition), so a bundle needs no tsc build first. better-sqlite3 is a native addon: it stays
// external and is loaded from node_modules at run time (the Dockerfiles install it beside the bundle).
// bundle/inputs.json lists every source file the bundle holds; bin/dmg.mjs and bin/daos.mjs compare
// their times with the bundle's to refuse a stale bundle.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Native addons and what only they may load: never bundled. */
const EXTERNAL = ['better-sqlite3'];

const root = resolve(new URL('..', import.meta.url).pathname);
const [appArg, ...extra] = process.argv.slice(2);
if (!appArg) {
  console.error('usage: node tools/bundle-app.mjs apps/<app> [src/extra-entry.ts ...]');
  process.exit(2);
}
const app = resolve(root, appArg);
const outdir = join(app, 'bundle');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts', ...extra].map((e) => join(app, e)),
  outbase: join(app, 'src'),
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  conditions: ['@daos-nats/source'],
  external: EXTERNAL,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies (protobufjs, pino, commander) call require() for node builtins, which an
  // ES module does not have: give the bundle one.
  banner: { js: "import { createRequire as __daosCreateRequire } from 'node:module'; const require = __daosCreateRequire(import.meta.url);" },
});
const inputs = Object.keys(result.metafile.inputs)
  .filter((f) => !f.includes('node_modules/'))
  .sort();
writeFileSync(join(outdir, 'inputs.json'), `${JSON.stringify({ app: relative(root, app), inputs }, null, 1)}\n`);
const bytes = Object.entries(result.metafile.outputs)
  .filter(([f]) => f.endsWith('.js'))
  .reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundle ${relative(root, app)}: ${inputs.length} sources, ${(bytes / 1024).toFixed(0)} KiB of JavaScript in ${(performance.now() - started).toFixed(0)} ms`);
