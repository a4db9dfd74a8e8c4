// dmg storage: scan and format the engines' storage, answered by each host's control server
// (apps/server) on daos.<system>.server.<host>.req. Hosts come from --host-list, else from the
// servers `npm start` recorded in system.json.
import { serverRequestSubject } from '@daos-nats/bus';
import { daosError } from '@daos-nats/base';
import { UsageError, table, type CliContext, type Command } from '@daos-nats/cli';
import { serverOps } from '@daos-nats/api';
import type { daos } from '@daos-nats/proto';

/** Hosts at most in one --host-list. */
const HOSTS_MAX = 256;

function parseHosts(text: string): string[] {
  const hosts = [...new Set(text.split(',').map((h) => h.trim()).filter((h) => h.length > 0))];
  if (hosts.length === 0 || hosts.length > HOSTS_MAX) throw new UsageError(`--host-list must name 1..${HOSTS_MAX} hosts`);
  for (const h of hosts) if (!/^[A-Za-z0-9_-]{1,64}$/.test(h)) throw new UsageError(`bad host ${JSON.stringify(h)}: use [A-Za-z0-9_-]`);
  return hosts;
}

async function hostsOf(ctx: CliContext, list: string[] | undefined): Promise<string[]> {
  if (list) return list;
  const rec = (await ctx.address()).record;
  const hosts = (rec?.processes ?? []).filter((p) => p.kind === 'server' && p.host).map((p) => p.host!);
  if (hosts.length === 0) throw new UsageError('no servers recorded for this system: give --host-list');
  return hosts;
}

function rows(host: string, engines: readonly daos.engine.v1.IEngineStorage[]): string[][] {
  return engines.map((e) => [host, String(e.instanceIdx ?? 0), e.formatted ? 'yes' : 'no', e.hasRank ? String(e.rank) : '-', e.state ?? '', e.dataDir ?? '']);
}

const HEAD = ['Host', 'Engine', 'Formatted', 'Rank', 'State', 'Data dir'];

export function register(program: Command, ctx: CliContext): void {
  const storage = program.command('storage').description("scan and format the engines' storage (answered by each host's control server)");
  const hostOpt = (c: Command) => c.option('-l, --host-list <hosts>', 'comma-separated host names (default: the servers npm start recorded)', parseHosts);

  hostOpt(storage.command('scan').description('show each engine: formatted or not, rank, state')).action(
    ctx.action(async (o: { hostList?: string[] }) => {
      const bus = (await ctx.client()).bus;
      const { system } = await ctx.address();
      const reps = await Promise.all((await hostsOf(ctx, o.hostList)).map((h) => bus.call(serverRequestSubject(system, h), serverOps.storageScan, {})));
      return { json: { hosts: reps }, text: table(HEAD, reps.flatMap((r) => rows(r.host ?? '', r.engines ?? []))) };
    }),
  );

  hostOpt(storage.command('format').description('format unformatted engines (superblocks) and start them; formatted ones are left alone')).action(
    ctx.action(async (o: { hostList?: string[] }) => {
      const bus = (await ctx.client()).bus;
      const { system } = await ctx.address();
      const reps = await Promise.all((await hostsOf(ctx, o.hostList)).map((h) => bus.call(serverRequestSubject(system, h), serverOps.storageFormat, {}, { timeoutMs: 30_000 })));
      const failed = reps.find((r) => (r.result?.status ?? 0) !== 0);
      if (failed) throw daosError(failed.result!.status!, `format on ${failed.host}: ${failed.result!.message}`);
      return { json: { hosts: reps }, text: `Format complete\n${table(HEAD, reps.flatMap((r) => rows(r.host ?? '', r.engines ?? [])))}` };
    }),
  );
}
