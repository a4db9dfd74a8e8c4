// dmg pool: the administrator's pool commands. Create, destroy and list go to the management
// service (the pool directory); the rest find the pool there and talk to its pool service.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Acl } from '@daos-nats/acl';
import { Option, UsageError, formatSize, keyValues, parseLabel, parseSize, poolInfoJson, table, type CliContext, type Command, type CommandOutput } from '@daos-nats/cli';
import { PoolClient, type MgmtPoolInfo, type PoolInfo } from '@daos-nats/client';
import { engineSpace, storageRanksOf, targetsByState } from './pool-space.js';
import { formatRankList, parseRankList } from './system.js';
import { rebuildSection } from './pool-rebuild.js';

/** Pool component states (DAOS PO_COMP_ST_*, daos.pool.v1.ComponentState) by value. */
const STATE_NAMES: Readonly<Record<number, string>> = { 0: 'UNKNOWN', 1: 'NEW', 2: 'UP', 4: 'UPIN', 8: 'DOWN', 16: 'DOWNOUT', 32: 'DRAIN' };

/** DAOS's `-P name:value,name:value` property lists. */
export function parseProps(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const i = part.indexOf(':');
    if (i <= 0) throw new UsageError(`bad property ${JSON.stringify(part)}: expected name:value`);
    const name = part.slice(0, i).trim();
    if (name in out) throw new UsageError(`property ${name} given twice`);
    out[name] = part.slice(i + 1).trim();
  }
  return out;
}

/** An ACL file (one ACE per line, # comments), checked here so a typo never reaches the pool. */
export function readAclFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ACL file ${path}: ${(e as Error).message}`);
  }
  try {
    return Acl.parseText(text).checkFor('pool').toStrings();
  } catch (e) {
    throw new UsageError(`ACL file ${path}: ${(e as Error).message}`);
  }
}

function targetList(text: string): number[] {
  return parseRankList(text); // same syntax: "0,2-3"
}

function rankNumber(text: string): number {
  const r = parseRankList(text);
  if (r.length !== 1) throw new UsageError(`--rank takes one rank, got ${JSON.stringify(text)}`);
  return r[0]!;
}

function directoryJson(p: MgmtPoolInfo) {
  return { uuid: p.uuid, label: p.label, state: p.state, progress: p.progress, size_bytes: p.sizeBytes, svc_ranks: p.svcRanks, cont_ranks: p.contRanks, target_ranks: p.targetRanks, target_bytes: p.targetBytes, owner: p.owner, owner_group: p.ownerGroup };
}

export function poolInfoText(i: PoolInfo, extra: readonly (readonly [string, string])[] = []): string {
  return [
    `Pool ${i.uuid}, ntarget=${i.totalTargets ?? 0}, disabled=${i.disabledTargets ?? 0}, leader=${i.svcLeader ?? 0}, version=${i.mapVersion ?? 0}`,
    keyValues([
      ['Label', i.label],
      ['Owner', `${i.owner} (group ${i.ownerGroup})`],
      ['Service ranks', `[${formatRankList(i.svcRanks ?? [])}]`],
      ['Open handles', i.handleCount],
      ['Targets (active/total)', `${i.activeTargets}/${i.totalTargets}`],
      ['Draining targets', i.drainingTargets],
      ['Total size', formatSize(i.space?.totalBytes ?? 0)],
      ['Free', formatSize(i.space?.freeBytes ?? 0)],
      ['Metadata', formatSize(i.space?.metadataBytes ?? 0)],
      ['Rebuild', i.rebuildState],
      ['Enabled ranks', formatRankList(i.enabledRanks ?? [])],
      ['Disabled ranks', formatRankList(i.disabledRanks ?? [])],
      ...extra,
    ]),
  ].join('\n');
}

function aclOutput(a: { acl: readonly string[]; owner: string; ownerGroup: string }): CommandOutput {
  return { json: { acl: a.acl, owner: a.owner, owner_group: a.ownerGroup }, text: [`# Owner: ${a.owner}`, `# Owner Group: ${a.ownerGroup}`, '# Entries:', ...a.acl].join('\n') };
}

function mapChangeOutput(verb: string, id: string, c: { mapVersion: number; svcRanks: readonly number[] }): CommandOutput {
  return { json: { map_version: c.mapVersion, svc_ranks: c.svcRanks }, text: `${verb} pool ${id}: map version ${c.mapVersion}` };
}

export function register(program: Command, ctx: CliContext): void {
  const pool = program.command('pool').description('create, destroy and administer pools');

  /** The pool's service client, found in the management service's directory. */
  // Long operations show their progress on stderr (one line per change), stdout keeps the result.
  const progressPrinter = () => {
    let last = '';
    return (p: MgmtPoolInfo) => {
      const line = `${p.label || p.uuid}: ${p.state}${p.progress ? ` (${p.progress})` : ''}`;
      if (line !== last) ctx.io.stderr(`${line}\n`);
      last = line;
    };
  };
  const find = async (id: string): Promise<PoolClient> => (await PoolClient.find(await ctx.client(), await ctx.mgmt(), id)).pool;

  pool
    .command('create')
    .description('create a pool with a size quota; its service replicas are placed across fault domains')
    .argument('<label>', 'the pool label (unique in the system)')
    .requiredOption('-z, --size <size>', 'size quota, e.g. 1G, 512MiB (simulated: no device behind it)')
    .option('--nsvc <n>', 'pool service replicas: odd, 1..9 (default 3, fewer if fewer members)')
    .addOption(new Option('-r, --ranks <list>', 'place the service on these pool-service ranks').argParser(parseRankList))
    .option('-u, --user <name>', 'owner user (default: you)')
    .option('-g, --group <name>', 'owner group (default: your primary group)')
    .option('-P, --properties <list>', 'properties, e.g. rd_fac:1,reclaim:lazy')
    .option('-a, --acl-file <path>', 'ACL file, one ACE per line (default A::OWNER@:rw, A:G:GROUP@:rw)')
    .option('--no-wait', 'answer once the pool is recorded (Creating); `dmg pool list` shows when it is Ready')
    .action(
      ctx.action(async (label: string, o: { size: string; nsvc?: string; ranks?: number[]; user?: string; group?: string; properties?: string; aclFile?: string; wait: boolean }) => {
        parseLabel(label, 'pool label');
        const sizeBytes = parseSize(o.size);
        if (sizeBytes <= 0) throw new UsageError('--size must be more than 0');
        const nsvc = o.nsvc === undefined ? 0 : Number(o.nsvc);
        if (o.nsvc !== undefined && !(Number.isSafeInteger(nsvc) && nsvc >= 1 && nsvc <= 9 && nsvc % 2 === 1)) {
          throw new UsageError(`--nsvc must be odd, 1..9, got ${JSON.stringify(o.nsvc)}`);
        }
        const props = o.properties ? parseProps(o.properties) : {};
        const acl = o.aclFile ? readAclFile(o.aclFile) : [];
        const client = await ctx.client();
        const principal = (n: string) => (n.includes('@') ? n : `${n}@`);
        const p = await (await ctx.mgmt()).poolCreate({
          uuid: randomUUID(),
          label,
          sizeBytes,
          svcReplicas: nsvc,
          owner: principal(o.user ?? client.credential.user),
          ownerGroup: principal(o.group ?? client.credential.group),
          acl,
          props,
          ranks: o.ranks ?? [],
        }, { noWait: !o.wait, onProgress: progressPrinter() });
        return {
          json: directoryJson(p),
          text: [p.state === 'Ready' ? 'Pool created' : `Pool recorded, ${p.state} (dmg pool list shows its state)`, keyValues([['UUID', p.uuid], ['Label', p.label], ['Size', formatSize(p.sizeBytes)], ['Service Ranks', `[${formatRankList(p.svcRanks)}]`], ['Target Ranks', `[${formatRankList(p.targetRanks)}]`], ['Owner', `${p.owner} (group ${p.ownerGroup})`]])].join('\n'),
        };
      }),
    );

  pool
    .command('destroy')
    .description('destroy a pool; refused while handles are open unless --force')
    .argument('<pool>', 'pool label or UUID')
    .option('-f, --force', 'evict open handles first', false)
    .option('--no-wait', 'answer once the pool is Destroying; `dmg pool list` shows it until it is gone')
    .action(
      ctx.action(async (id: string, o: { force: boolean; wait: boolean }) => {
        await (await ctx.mgmt()).poolDestroy(id, { force: o.force, noWait: !o.wait, onProgress: progressPrinter() });
        return { json: { destroyed: id, waited: o.wait }, text: o.wait ? `Pool ${id} destroyed` : `Pool ${id} is being destroyed` };
      }),
    );

  pool
    .command('list')
    .description('list the pools of the system')
    .option('-v, --verbose', 'with owner and container service ranks', false)
    .action(
      ctx.action(async (o: { verbose: boolean }) => {
        const pools = await (await ctx.mgmt()).poolList();
        const rows = pools.map((p) => [p.label, p.uuid, p.state, formatSize(p.sizeBytes), `[${formatRankList(p.svcRanks)}]`, ...(o.verbose ? [`[${formatRankList(p.contRanks)}]`, p.owner] : [])]);
        const head = ['Pool', 'UUID', 'State', 'Size', 'Svc Ranks', ...(o.verbose ? ['Cont Ranks', 'Owner'] : [])];
        return { json: { pools: pools.map(directoryJson) }, text: pools.length === 0 ? 'No pools in system' : table(head, rows) };
      }),
    );

  pool
    .command('query')
    .description('show a pool: map version, targets, space, handles, service replicas')
    .argument('<pool>', 'pool label or UUID')
    .option('--show-map', 'list every rank and target state', false)
    .option('--rebuild', "ask every in-service engine target for its rebuild progress (objects and bytes done / to do)", false)
    .action(
      ctx.action(async (id: string, o: { showMap: boolean; rebuild: boolean }) => {
        // The map always: its engine ranks say where the targets are (and whom to ask for space).
        const info = await (await find(id)).query({ wantMap: true });
        const space = await engineSpace(ctx, info);
        const byState = targetsByState(info, STATE_NAMES);
        const shown: PoolInfo = space ? { ...info, space: { totalBytes: space.totalBytes, freeBytes: space.freeBytes, metadataBytes: info.space?.metadataBytes ?? 0 } } : info;
        let text = poolInfoText(shown, [
          ['Target ranks', `[${formatRankList(storageRanksOf(info))}]`],
          ['Targets by state', Object.entries(byState).map(([k, v]) => `${k} ${v}`).join(', ') || 'none (no engine holds this pool)'],
          ['Space from', space ? `engines (${space.targetsReporting} targets${space.unreachableRanks.length > 0 ? `; ranks ${formatRankList(space.unreachableRanks)} did not answer` : ''})` : 'quota (no engine targets)'],
        ]);
        if (o.showMap && info.map) {
          const rows = (info.map.ranks ?? []).map((r) => [r.rank, r.storage ? 'engine' : 'pool-service', r.faultDomain, (r.targets ?? []).map((t) => `${t.index}:${STATE_NAMES[t.state ?? 0] ?? t.state}`).join(' ')]);
          text += `\n\n${table(['Rank', 'Kind', 'Fault Domain', 'Targets'], rows)}`;
        }
        const spaceJson = space
          ? { space_source: 'engines', used_bytes: space.usedBytes, quota_bytes: Number(info.space?.totalBytes ?? 0), targets_reporting: space.targetsReporting, unreachable_ranks: space.unreachableRanks }
          : { space_source: 'quota' };
        const rebuild = o.rebuild ? await rebuildSection(await ctx.client(), info) : undefined;
        if (rebuild) text += `\n\n${rebuild.text}`;
        return { json: { ...poolInfoJson(shown, 'admin'), target_ranks: storageRanksOf(info), targets_by_state: byState, ...spaceJson, ...(o.showMap ? { map: info.map } : {}), ...(rebuild ? { rebuild: rebuild.json } : {}) }, text };
      }),
    );

  pool
    .command('get-prop')
    .description('show pool properties (all, or those named)')
    .argument('<pool>', 'pool label or UUID')
    .argument('[names...]', 'property names, e.g. rd_fac reclaim')
    .action(
      ctx.action(async (id: string, names: string[]) => {
        const props = await (await find(id)).getProps(names);
        return { json: Object.fromEntries(props), text: table(['Name', 'Value'], [...props]) };
      }),
    );

  pool
    .command('set-prop')
    .description('set pool properties, all or none')
    .argument('<pool>', 'pool label or UUID')
    .argument('<props>', 'name:value[,name:value...], e.g. reclaim:time,space_rb:10')
    .action(
      ctx.action(async (id: string, text: string) => {
        const props = parseProps(text);
        await (await find(id)).setProps(props);
        return { json: props, text: `pool set-prop succeeded` };
      }),
    );

  pool
    .command('get-acl')
    .description("show the pool's ACL, owner and owner group")
    .argument('<pool>', 'pool label or UUID')
    .action(ctx.action(async (id: string) => aclOutput(await (await find(id)).getAcl())));

  pool
    .command('overwrite-acl')
    .description("replace the pool's ACL with a file's")
    .argument('<pool>', 'pool label or UUID')
    .requiredOption('-a, --acl-file <path>', 'ACL file, one ACE per line')
    .action(ctx.action(async (id: string, o: { aclFile: string }) => aclOutput(await (await find(id)).overwriteAcl(readAclFile(o.aclFile)))));

  pool
    .command('update-acl')
    .description('add ACEs, replacing those of the same principals')
    .argument('<pool>', 'pool label or UUID')
    .option('-a, --acl-file <path>', 'ACL file, one ACE per line')
    .option('-e, --entry <ace>', 'one ACE, e.g. A::alice@:rw')
    .action(
      ctx.action(async (id: string, o: { aclFile?: string; entry?: string }) => {
        if ((o.aclFile === undefined) === (o.entry === undefined)) throw new UsageError('give exactly one of --acl-file and --entry');
        let aces: string[];
        if (o.aclFile) aces = readAclFile(o.aclFile);
        else {
          try {
            aces = Acl.parse([o.entry!]).checkFor('pool').toStrings();
          } catch (e) {
            throw new UsageError(`--entry: ${(e as Error).message}`);
          }
        }
        return aclOutput(await (await find(id)).updateAcl(aces));
      }),
    );

  pool
    .command('delete-acl')
    .description("remove one principal's entry from the ACL")
    .argument('<pool>', 'pool label or UUID')
    .requiredOption('-p, --principal <who>', 'u:name@, g:name@, OWNER@, GROUP@ or EVERYONE@')
    .action(ctx.action(async (id: string, o: { principal: string }) => aclOutput(await (await find(id)).deleteAcl(o.principal))));

  for (const [verb, past, help] of [
    ['exclude', 'Excluded', 'take targets of a rank out of the pool (DER_RF beyond the redundancy factor unless --force)'],
    ['drain', 'Drained', 'move data off targets of a rank, then take them out (DER_RF beyond the redundancy factor unless --force)'],
    ['reintegrate', 'Reintegrated', 'bring excluded or drained targets of a rank back'],
  ] as const) {
    const cmd = pool
      .command(verb)
      .description(help)
      .argument('<pool>', 'pool label or UUID')
      .requiredOption('--rank <rank>', 'the rank')
      .option('--target-idx <list>', 'only these targets of the rank, e.g. 0,2-3 (default all)');
    if (verb !== 'reintegrate') cmd.option('-f, --force', 'ignore the redundancy factor check', false);
    cmd.action(
      ctx.action(async (id: string, o: { rank: string; targetIdx?: string; force?: boolean }) => {
        const change = { rank: rankNumber(o.rank), targets: o.targetIdx ? targetList(o.targetIdx) : [], force: o.force ?? false };
        const p = await find(id);
        return mapChangeOutput(past, id, await p[verb](change));
      }),
    );
  }

  pool
    .command('extend')
    .description('add ranks to the pool')
    .argument('<pool>', 'pool label or UUID')
    .addOption(new Option('-r, --ranks <list>', 'ranks to add, e.g. 5,7-8').argParser(parseRankList).makeOptionMandatory())
    .action(
      ctx.action(async (id: string, o: { ranks: number[] }) => {
        const members = await (await ctx.mgmt()).systemQuery({ ranks: o.ranks });
        if (members.absentRanks.length > 0) throw new UsageError(`ranks ${formatRankList(members.absentRanks)} are not members of the system`);
        const ranks = members.members.map((m) => ({ rank: m.rank, faultDomain: m.faultDomain }));
        return mapChangeOutput('Extended', id, await (await find(id)).extend(ranks));
      }),
    );

  pool
    .command('evict')
    .description('close open handles of the pool (all by default)')
    .argument('<pool>', 'pool label or UUID')
    .option('--handles <uuids>', 'only these handles, comma-separated')
    .option('--machine <host>', 'only the handles of this client machine')
    .action(
      ctx.action(async (id: string, o: { handles?: string; machine?: string }) => {
        const handles = o.handles ? o.handles.split(',').map((h) => h.trim()).filter(Boolean) : [];
        const n = await (await find(id)).evict({ handles, ...(o.machine ? { machine: o.machine } : {}) });
        return { json: { evicted: n }, text: `Evicted ${n} handle(s) from pool ${id}` };
      }),
    );
}
