// What `npx dmg` / `npx daos` run (apps/<tool>/bin/<tool>.mjs): the bundle (apps/<tool>/bundle/main.js,
// built by `npm run build`) in this process when it is at least as new as every source it holds,
// else the TypeScript sources through tsx (≈2 s slower per command). A stale bundle is never run:
// that would silently run old code after an edit. DAOS_NATS_FROM_SOURCE=1 forces the sources.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The bundle's main.js when it exists and no source it lists is newer; else undefined. */
function freshBundle(tool) {
  const dir = join(ROOT, 'apps', tool, 'bundle');
  let built;
  let inputs;
  try {
    built = statSync(join(dir, 'main.js')).mtimeMs;
    inputs = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')).inputs;
  } catch {
    return undefined;
  }
  for (const f of inputs) {
    let t;
    try {
      t = statSync(join(ROOT, f)).mtimeMs;
    } catch {
      t = Infinity; // a source that moved or went away: the bundle is stale
    }
    if (t > built) {
      process.stderr.write(`${tool}: apps/${tool}/bundle is older than ${f}: running from source (npm run build refreshes it)\n`);
      return undefined;
    }
  }
  return join(dir, 'main.js');
}

/** Run `tool` with this process's arguments; resolves only when it ran in this process. */
export async function runCliEntry(tool) {
  const bundle = process.env['DAOS_NATS_FROM_SOURCE'] === '1' ? undefined : freshBundle(tool);
  if (bundle) {
    await import(pathToFileURL(bundle).href); // main.js sets process.exitCode
    return;
  }
  const main = join(ROOT, 'apps', tool, 'src', 'main.ts');
  const r = spawnSync(process.execPath, ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), main, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (r.error) {
    console.error(`${tool}: could not start: ${r.error.message}`);
    process.exit(1);
  }
  process.exit(r.status ?? 1);
}
