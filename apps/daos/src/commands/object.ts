// daos object: object I/O on the engines (issue 15). Every command connects to the pool, opens
// the container (read-only for reads), places the object with the pool map and talks to the
// engine targets directly; it closes both handles after. An OID is 32 hex digits, or
// `<class>:<n>` (e.g. RP_3G1:7) for the object of class <class> with allocator value n.
import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError, table, type CliContext, type Command } from '@daos-nats/cli';
import { openObjects, PoolContainers, type ObjectClient } from '@daos-nats/client';
import { makeOid, objectClassByName, parseOid } from '@daos-nats/placement';

/** `<class>:<n>` or a 32-hex-digit OID; anything else is a usage error (exit 2). */
export function parseOidArg(text: string): string {
  try {
    const m = /^([A-Z0-9_]+):(\d+)$/.exec(text);
    return m ? makeOid(objectClassByName(m[1]!), BigInt(m[2]!)) : parseOid(text.toLowerCase()).oid;
  } catch (e) {
    throw new UsageError(`bad object id ${JSON.stringify(text)}: ${(e as Error).message} (want 32 hex digits or <class>:<n>, e.g. RP_3G1:7)`);
  }
}

/** An epoch on the command line (a snapshot's, as `daos container list-snaps` prints it). */
export function parseEpochArg(text: string): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) === 0) throw new UsageError(`bad epoch ${JSON.stringify(text)}: want a positive integer`);
  return Number(text);
}

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

export function register(program: Command, ctx: CliContext): void {
  const obj = program.command('object').alias('obj').description('store and read objects of a container on the engine targets');

  async function withObjects<T>(pool: string, cont: string, write: boolean, fn: (o: ObjectClient) => Promise<T>): Promise<T> {
    const session = await ctx.client();
    const p = await PoolContainers.connect(session, await ctx.mgmt(), pool, write ? 'rw' : 'ro');
    try {
      return await p.withOpen(cont, write ? 'rw' : 'ro', async (h) => fn(await openObjects(session, p, h)));
    } finally {
      await p.close().catch(() => undefined);
    }
  }

  const target = (cmd: Command) =>
    cmd.argument('<pool>', 'pool label or UUID').argument('<container>', 'container label or UUID').argument('<oid>', 'object id: 32 hex digits or <class>:<n> (S1, SX, RP_2G1, RP_3G1)', parseOidArg);

  target(obj.command('put'))
    .description('store a value under (dkey, akey)')
    .argument('<dkey>', 'distribution key')
    .argument('<akey>', 'attribute key')
    .option('--value <text>', 'the value (UTF-8)')
    .option('--file <path>', 'read the value from a file')
    .action(
      ctx.action(async (pool: string, cont: string, oid: string, dkey: string, akey: string, o: { value?: string; file?: string }) => {
        if ((o.value === undefined) === (o.file === undefined)) throw new UsageError('give exactly one of --value and --file');
        const value = o.value !== undefined ? enc(o.value) : new Uint8Array(readFileSync(o.file!));
        const epoch = await withObjects(pool, cont, true, (c) => c.put(oid, enc(dkey), enc(akey), value));
        return { json: { oid, dkey, akey, bytes: value.length, epoch }, text: `stored ${value.length} bytes at epoch ${epoch}` };
      }),
    );

  target(obj.command('get'))
    .description('read the value under (dkey, akey), the latest or as of --epoch (a snapshot)')
    .argument('<dkey>', 'distribution key')
    .argument('<akey>', 'attribute key')
    .option('--epoch <n>', 'read as of this epoch (a snapshot epoch)', parseEpochArg)
    .option('--file <path>', 'write the value to a file instead of printing it')
    .action(
      ctx.action(async (pool: string, cont: string, oid: string, dkey: string, akey: string, o: { epoch?: number; file?: string }) => {
        const v = await withObjects(pool, cont, false, (c) => c.get(oid, enc(dkey), enc(akey), o.epoch ?? 0));
        if (v === undefined) return { json: { oid, dkey, akey, found: false }, text: 'no value' };
        if (o.file) writeFileSync(o.file, v);
        return { json: { oid, dkey, akey, found: true, bytes: v.length, ...(o.file ? {} : { value: dec(v) }) }, text: o.file ? `wrote ${v.length} bytes to ${o.file}` : dec(v) };
      }),
    );

  target(obj.command('list').alias('ls'))
    .description("list the object's dkeys, or the akeys of --dkey (every page)")
    .option('--dkey <dkey>', 'list the akeys of this dkey')
    .option('--epoch <n>', 'as of this epoch', parseEpochArg)
    .action(
      ctx.action(async (pool: string, cont: string, oid: string, o: { dkey?: string; epoch?: number }) => {
        const keys = await withObjects(pool, cont, false, async (c) => {
          const out: string[] = [];
          let anchor: Uint8Array | undefined;
          do {
            const page = await c.list(oid, { ...(o.dkey ? { dkey: enc(o.dkey) } : {}), ...(anchor ? { anchor } : {}), ...(o.epoch ? { epoch: o.epoch } : {}) });
            out.push(...page.keys.map(dec));
            anchor = page.anchor;
          } while (anchor);
          return out;
        });
        return { json: keys, text: keys.length === 0 ? 'No keys.' : table([o.dkey ? 'akey' : 'dkey'], keys.map((k) => [k])) };
      }),
    );

  target(obj.command('punch'))
    .description('punch the object, one of its dkeys (--dkey) or one akey (--dkey and --akey)')
    .option('--dkey <dkey>', 'punch this dkey')
    .option('--akey <akey>', 'punch this akey of --dkey')
    .action(
      ctx.action(async (pool: string, cont: string, oid: string, o: { dkey?: string; akey?: string }) => {
        if (o.akey !== undefined && o.dkey === undefined) throw new UsageError('--akey needs --dkey');
        await withObjects(pool, cont, true, (c) => c.punch(oid, o.dkey !== undefined ? enc(o.dkey) : undefined, o.akey !== undefined ? enc(o.akey) : undefined));
        return { json: { oid, ...(o.dkey ? { dkey: o.dkey } : {}), ...(o.akey ? { akey: o.akey } : {}) }, text: 'punched' };
      }),
    );
}
