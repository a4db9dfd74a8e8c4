// daos pool: the user's pool commands. Each connects to the pool for the duration of the command
// (so the pool's ACL decides: DER_NO_PERM for a user outside it) and disconnects at the end.
import { UsageError, formatSize, keyValues, poolInfoJson, table, type CliContext, type Command, type CommandOutput } from '@daos-nats/cli';
import { ContainerClient, PoolClient, type PoolInfo } from '@daos-nats/client';

const utf8 = new TextEncoder();
const text = new TextDecoder();

function ranks(list: readonly number[] | null | undefined): string {
  return `[${(list ?? []).join(',')}]`;
}

function queryOutput(i: PoolInfo): CommandOutput {
  return {
    json: poolInfoJson(i, 'user'),
    text: [
      `Pool ${i.uuid}, ntarget=${i.totalTargets}, disabled=${i.disabledTargets}, leader=${i.svcLeader}, version=${i.mapVersion}`,
      keyValues([
        ['Label', i.label],
        ['Service ranks', ranks(i.svcRanks)],
        ['Open handles', i.handleCount],
        ['Targets (active/total)', `${i.activeTargets}/${i.totalTargets}`],
        ['Total size', formatSize(i.space?.totalBytes ?? 0)],
        ['Free', formatSize(i.space?.freeBytes ?? 0)],
        ['Metadata', formatSize(i.space?.metadataBytes ?? 0)],
        ['Rebuild', i.rebuildState],
      ]),
    ].join('\n'),
  };
}

export function register(program: Command, ctx: CliContext): void {
  const pool = program.command('pool').description("use a pool: query it, list its containers, manage its user attributes");

  const find = async (id: string) => PoolClient.find(await ctx.client(), await ctx.mgmt(), id);

  pool
    .command('query')
    .description('show the pool: map version, targets, space, handles')
    .argument('<pool>', 'pool label or UUID')
    .action(
      ctx.action(async (id: string) => {
        const { pool: p } = await find(id);
        return queryOutput(await p.withHandle('ro', (h) => p.query({ handle: h.handle })));
      }),
    );

  pool
    .command('list-containers')
    .alias('list-cont')
    .description("list the pool's containers")
    .argument('<pool>', 'pool label or UUID')
    .action(
      ctx.action(async (id: string) => {
        const client = await ctx.client();
        const mgmt = await ctx.mgmt();
        const { pool: p, info } = await find(id);
        const conts = await p.withHandle('ro', (h) =>
          new ContainerClient(client, {
            pool: info.uuid,
            ranks: info.contRanks,
            refresh: async (signal) => [...(await mgmt.poolFind(info.uuid, { signal })).contRanks],
            poolHandle: h.handle,
          }).list(),
        );
        return {
          json: { containers: conts.map((c) => ({ uuid: c.uuid, label: c.label })) },
          text: conts.length === 0 ? `No containers in pool ${id}` : table(['UUID', 'Label'], conts.map((c) => [c.uuid, c.label])),
        };
      }),
    );

  pool
    .command('list-attrs')
    .alias('list-attr')
    .description("list the names of the pool's user attributes")
    .argument('<pool>', 'pool label or UUID')
    .option('-v, --verbose', 'with values', false)
    .action(
      ctx.action(async (id: string, o: { verbose: boolean }) => {
        const { pool: p } = await find(id);
        const attrs = await p.withHandle('ro', async () => {
          const names = (await p.listAttrs()).sort();
          if (!o.verbose || names.length === 0) return names.map((n) => [n, undefined] as const);
          const values = await p.getAttrs(names);
          return names.map((n) => [n, text.decode(values.get(n) ?? new Uint8Array(0))] as const);
        });
        return {
          json: o.verbose ? Object.fromEntries(attrs) : attrs.map(([n]) => n),
          text: attrs.length === 0 ? `No attributes on pool ${id}` : table(o.verbose ? ['Name', 'Value'] : ['Name'], attrs.map(([n, v]) => (o.verbose ? [n, v] : [n]))),
        };
      }),
    );

  pool
    .command('get-attr')
    .description('show the values of user attributes (DER_NONEXIST if one is missing)')
    .argument('<pool>', 'pool label or UUID')
    .argument('<names...>', 'attribute names')
    .action(
      ctx.action(async (id: string, names: string[]) => {
        const { pool: p } = await find(id);
        const values = await p.withHandle('ro', () => p.getAttrs(names));
        const rows = names.map((n) => [n, text.decode(values.get(n) ?? new Uint8Array(0))] as const);
        return { json: Object.fromEntries(rows), text: table(['Name', 'Value'], rows) };
      }),
    );

  pool
    .command('set-attr')
    .description('set a user attribute')
    .argument('<pool>', 'pool label or UUID')
    .argument('<name>', 'attribute name')
    .argument('<value>', 'attribute value (text)')
    .action(
      ctx.action(async (id: string, name: string, value: string) => {
        if (value === '') throw new UsageError('an attribute value may not be empty');
        const { pool: p } = await find(id);
        await p.withHandle('rw', () => p.setAttrs({ [name]: utf8.encode(value) }));
        return { json: { [name]: value }, text: `Attribute ${name} set on pool ${id}` };
      }),
    );

  pool
    .command('del-attr')
    .description('delete user attributes (all or none; DER_NONEXIST if one is missing)')
    .argument('<pool>', 'pool label or UUID')
    .argument('<names...>', 'attribute names')
    .action(
      ctx.action(async (id: string, names: string[]) => {
        const { pool: p } = await find(id);
        await p.withHandle('rw', () => p.deleteAttrs(names));
        return { json: { deleted: names }, text: `Deleted ${names.join(', ')} from pool ${id}` };
      }),
    );
}
