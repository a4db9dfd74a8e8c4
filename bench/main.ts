/**
 * `npm run bench -- <name> [args...]` runs `bench/<name>.ts` with `args` as its own command line
 * (each benchmark also runs on its own: `node --conditions=@daos-nats/source --import tsx
 * bench/<name>.ts`). A benchmark prints one line per figure.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'main.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -'.ts'.length))
  .sort();
const [name, ...args] = process.argv.slice(2);
if (name === undefined || !names.includes(name)) {
  process.stderr.write(`usage: npm run bench -- <name> [args...]\nbenchmarks: ${names.join(', ')}\n`);
  process.exit(2);
}
const file = join(here, `${name}.ts`);
process.argv = [process.argv[0]!, file, ...args];
await import(pathToFileURL(file).href);
