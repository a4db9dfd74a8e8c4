// daos container: the containers of a pool, answered by the pool's container service. Every
// command finds the pool in the management service, connects to it (a pool handle), does its
// work, and disconnects; commands about one existing container open it first and close it after,
// as DAOS's tool does (so an exclusive open elsewhere refuses them with DER_BUSY).
import { readFileSync } from 'node:fs';
import { type ContOpenMode } from '@daos-nats/api';
import { Option, UsageError, keyValues, parseLabel, parseNameOrUuid, parseUuid, table, type CliContext, type Command, type CommandOutput } from '@daos-nats/cli';
import { PoolContainers, type ContQueryInfo } from '@daos-nats/client';

type Cont = string;

/** A pool or container named on the command line: a uuid or a valid label (else a usage error). */
function nameArg(what: string): (text: string) => string {
  return (text) => {
    const id = parseNameOrUuid(text, what);
    return id.uuid ?? id.label;
  };
}

/** "name:value,name:value" (DAOS `--properties`); a value may itself contain ':'. */
export function parseProps(text: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const part of text.split(',')) {
    const at = part.indexOf(':');
    const name = part.slice(0, at).trim();
    if (at <= 0 || name === '') throw new UsageError(`bad property ${JSON.stringify(part)}: expected name:value`);
    if (name in props) throw new UsageError(`property ${name} is given twice`);
    props[name] = part.slice(at + 1).trim();
  }
  return props;
}

/** An ACL file: one ACE per line, `#` comments and blank lines ignored. */
function readAclFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ACL file ${file}: ${(e as Error).message}`);
  }
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const time = (ms: number): string => (ms > 0 ? new Date(ms).toISOString() : '-');

function queryText(q: ContQueryInfo): string {
  return keyValues([
    ['Container UUID', q.cont.uuid],
    ['Container Label', q.cont.label || '-'],
    ['Container Type', q.props['layout_type'] ?? 'unknown'],
    ['Pool UUID', q.poolUuid],
    ['Owner', `${q.props['owner'] ?? ''} (group ${q.props['group'] ?? ''})`],
    ['Container redundancy factor', q.props['rd_fac'] ?? '0'],
    ['Number of open handles', q.openHandles],
    ['Created', time(q.createdMs)],
    ['Latest open time', time(q.openedMs)],
    ['Latest close/modify time', time(q.modifiedMs)],
    ['Number of snapshots', q.snapshots],
    ['Latest Persistent Snapshot', q.latestSnapshot || '-'],
    ['Highest allocated OID', q.nextOid - 1],
  ]);
}

function aclOutput(a: { aces: readonly string[]; owner: string; ownerGroup: string }): CommandOutput {
  return { json: a, text: [`# Owner: ${a.owner}`, `# Owner-Group: ${a.ownerGroup}`, '# Entries:', ...(a.aces.length ? a.aces : ['#   None'])].join('\n') };
}

export function register(program: Command, ctx: CliContext): void {
  const cont = program.command('container').alias('cont').description("create, inspect and change a pool's containers (answered by the pool's container service)");

  /** Connect to `pool`, run `fn`, disconnect whatever happens. */
  async function withPool<T>(pool: string, fn: (p: PoolContainers) => Promise<T>, mode: 'ro' | 'rw' = 'rw'): Promise<T> {
    const p = await PoolContainers.connect(await ctx.client(), await ctx.mgmt(), pool, mode);
    try {
      return await fn(p);
    } finally {
      await p.close().catch(() => undefined);
    }
  }

  /** Connect, open `c` in `mode`, run `fn` with the container's uuid, close both. */
  function withCont<T>(pool: string, c: Cont, mode: ContOpenMode, fn: (p: PoolContainers, uuid: string) => Promise<T>): Promise<T> {
    return withPool(pool, (p) => p.withOpen(c, mode, (h) => fn(p, h.cont.uuid)), mode === 'ro' ? 'ro' : 'rw');
  }

  const poolArg = (cmd: Command) => cmd.argument('<pool>', 'pool label or UUID', nameArg('pool'));
  const contArg = (cmd: Command) => poolArg(cmd).argument('<container>', 'container label or UUID', nameArg('container'));

  poolArg(cont.command('create'))
    .description('create a container (default ACL: the owner may do everything, the owner group read and write)')
    .argument('[label]', 'label of the new container', (t: string) => parseLabel(t, 'container label'))
    .option('--uuid <uuid>', 'UUID of the new container (default: a random one)', (t: string) => parseUuid(t, 'container uuid'))
    .option('-t, --type <type>', 'layout type: POSIX, HDF5, PYTHON, ... (property layout_type)')
    .option('--properties <list>', 'properties, e.g. rd_fac:1,max_snapshot:10', parseProps)
    .option('--acl-file <file>', 'ACL of the container, one ACE per line')
    .option('-u, --user <name>', 'owner (default: you)')
    .option('-g, --group <name>', 'owner group (default: your primary group)')
    .addHelpText('after', '\nExample:\n  $ daos container create tank mycont --type POSIX --properties rd_fac:1\n')
    .action(
      ctx.action(async (pool: string, label: string | undefined, o: { uuid?: string; type?: string; properties?: Record<string, string>; aclFile?: string; user?: string; group?: string }) => {
        const props: Record<string, string> = { ...(o.properties ?? {}) };
        if (o.type !== undefined) props['layout_type'] = o.type;
        if (o.user !== undefined) props['owner'] = o.user.includes('@') ? o.user : `${o.user}@`;
        if (o.group !== undefined) props['group'] = o.group.includes('@') ? o.group : `${o.group}@`;
        if (label !== undefined && props['label'] !== undefined && props['label'] !== label) throw new UsageError('the label is given twice (argument and label property)');
        const acl = o.aclFile !== undefined ? readAclFile(o.aclFile) : [];
        const e = await withPool(pool, (p) =>
          p.containers.create({ ...(o.uuid ? { uuid: o.uuid } : {}), ...(label ? { label } : {}), props, acl }),
        );
        return {
          json: e,
          text: `Successfully created container ${e.uuid}\n${keyValues([['  Container UUID', e.uuid], ['  Container Label', e.label || '-'], ['  Container Type', props['layout_type'] ?? 'unknown']])}`,
        };
      }),
    );

  contArg(cont.command('destroy'))
    .description('destroy a container (refused while it is open, unless --force)')
    .option('-f, --force', 'destroy even if it is open (closes its handles)', false)
    .action(
      ctx.action(async (pool: string, c: Cont, o: { force: boolean }) => {
        await withPool(pool, (p) => p.containers.destroy(c, { force: o.force }));
        return { json: { container: c }, text: `Successfully destroyed container ${c}` };
      }),
    );

  poolArg(cont.command('list').alias('ls'))
    .description("list the pool's containers")
    .action(
      ctx.action(async (pool: string) => {
        const list = await withPool(pool, (p) => p.containers.list(), 'ro');
        return { json: list, text: list.length === 0 ? 'No containers.' : table(['UUID', 'Label'], list.map((e) => [e.uuid, e.label || '-'])) };
      }),
    );

  contArg(cont.command('query'))
    .description('show what is known of a container: type, owner, handles, snapshots')
    .action(
      ctx.action(async (pool: string, c: Cont) => {
        const q = await withCont(pool, c, 'ro', (p, uuid) => p.containers.query(uuid));
        return { json: q, text: queryText(q) };
      }),
    );

  contArg(cont.command('get-prop'))
    .description("show a container's properties (all, or those named)")
    .option('--properties <names>', 'only these, comma-separated, e.g. label,rd_fac', (t: string) => t.split(',').map((s) => s.trim()).filter(Boolean))
    .action(
      ctx.action(async (pool: string, c: Cont, o: { properties?: string[] }) => {
        const props = await withCont(pool, c, 'ro', (p, uuid) => p.containers.getProps(uuid, o.properties ?? []));
        const rows = Object.entries(props).map(([k, v]) => [k, k === 'acl' ? v.split('\n').join(', ') : v]);
        return { json: props, text: `Properties for container ${c}\n${table(['Name', 'Value'], rows)}` };
      }),
    );

  contArg(cont.command('set-prop'))
    .description('change properties, e.g. label:newname,max_snapshot:10 (layout, redundancy and checksum are fixed at creation)')
    .argument('[properties]', 'name:value,name:value', parseProps)
    .option('--properties <list>', 'the same, as an option', parseProps)
    .action(
      ctx.action(async (pool: string, c: Cont, positional: Record<string, string> | undefined, o: { properties?: Record<string, string> }) => {
        const props = { ...(positional ?? {}), ...(o.properties ?? {}) };
        if (Object.keys(props).length === 0) throw new UsageError('no property to set: give name:value,...');
        await withCont(pool, c, 'rw', (p, uuid) => p.containers.setProps(uuid, props));
        return { json: props, text: `Properties were successfully set` };
      }),
    );

  contArg(cont.command('get-acl'))
    .description("show a container's ACL and owner")
    .action(ctx.action(async (pool: string, c: Cont) => aclOutput(await withCont(pool, c, 'ro', (p, uuid) => p.containers.getAcl(uuid)))));

  contArg(cont.command('overwrite-acl'))
    .description('replace the whole ACL with the entries of a file')
    .requiredOption('--acl-file <file>', 'one ACE per line, e.g. A::bob@:rw')
    .action(ctx.action(async (pool: string, c: Cont, o: { aclFile: string }) => aclOutput(await withCont(pool, c, 'rw', (p, uuid) => p.containers.overwriteAcl(uuid, readAclFile(o.aclFile))))));

  contArg(cont.command('update-acl'))
    .description('add entries to the ACL, replacing those of the same principals')
    .option('-e, --entry <ace>', 'one ACE, e.g. A::bob@:rw')
    .option('--acl-file <file>', 'ACEs from a file, one per line')
    .action(
      ctx.action(async (pool: string, c: Cont, o: { entry?: string; aclFile?: string }) => {
        if ((o.entry === undefined) === (o.aclFile === undefined)) throw new UsageError('give exactly one of --entry and --acl-file');
        const aces = o.entry !== undefined ? [o.entry] : readAclFile(o.aclFile!);
        return aclOutput(await withCont(pool, c, 'rw', (p, uuid) => p.containers.updateAcl(uuid, aces)));
      }),
    );

  contArg(cont.command('delete-acl'))
    .description("remove one principal's entry from the ACL")
    .requiredOption('-p, --principal <principal>', 'u:name@, g:name@, OWNER@, GROUP@ or EVERYONE@')
    .action(ctx.action(async (pool: string, c: Cont, o: { principal: string }) => aclOutput(await withCont(pool, c, 'rw', (p, uuid) => p.containers.deleteAcl(uuid, o.principal)))));

  contArg(cont.command('set-owner'))
    .description('change the owner user and/or group')
    .option('-u, --user <name>', 'new owner, e.g. bob@')
    .option('-g, --group <name>', 'new owner group, e.g. staff@')
    .action(
      ctx.action(async (pool: string, c: Cont, o: { user?: string; group?: string }) => {
        if (o.user === undefined && o.group === undefined) throw new UsageError('give --user and/or --group');
        const at = (n: string | undefined) => (n === undefined ? undefined : n.includes('@') ? n : `${n}@`);
        const owner = { ...(o.user !== undefined ? { user: at(o.user)! } : {}), ...(o.group !== undefined ? { group: at(o.group)! } : {}) };
        await withCont(pool, c, 'rw', (p, uuid) => p.containers.setOwner(uuid, owner));
        return { json: owner, text: `Successfully set owner for container ${c}` };
      }),
    );

  contArg(cont.command('list-attrs').alias('list-attr'))
    .description("list a container's user attributes")
    .option('-v, --verbose', 'with their values', false)
    .action(
      ctx.action(async (pool: string, c: Cont, o: { verbose: boolean }) => {
        const attrs: { name: string; value?: string }[] = await withCont(pool, c, 'ro', async (p, uuid) => {
          const names = await p.containers.listAttrs(uuid);
          if (!o.verbose || names.length === 0) return names.map((name) => ({ name }));
          const values = await p.containers.getAttrs(uuid, names);
          return names.map((name) => ({ name, value: new TextDecoder().decode(values[name]) }));
        });
        const text = attrs.length === 0 ? `No attributes on container ${c}` : table(o.verbose ? ['Name', 'Value'] : ['Name'], attrs.map((a) => (o.verbose ? [a.name, a.value] : [a.name])));
        return { json: attrs, text };
      }),
    );

  contArg(cont.command('get-attr'))
    .description("show one of a container's user attributes")
    .argument('<name>', 'attribute name')
    .action(
      ctx.action(async (pool: string, c: Cont, name: string) => {
        const values = await withCont(pool, c, 'ro', (p, uuid) => p.containers.getAttrs(uuid, [name]));
        const value = new TextDecoder().decode(values[name]);
        return { json: { name, value }, text: table(['Name', 'Value'], [[name, value]]) };
      }),
    );

  contArg(cont.command('set-attr'))
    .description('set a user attribute')
    .argument('<name>', 'attribute name')
    .argument('<value>', 'its value (text)')
    .action(
      ctx.action(async (pool: string, c: Cont, name: string, value: string) => {
        if (value === '') throw new UsageError('an attribute value may not be empty');
        await withCont(pool, c, 'rw', (p, uuid) => p.containers.setAttrs(uuid, { [name]: new TextEncoder().encode(value) }));
        return { json: { name, value }, text: `Attribute ${name} set on container ${c}` };
      }),
    );

  contArg(cont.command('del-attr'))
    .description('delete a user attribute')
    .argument('<name>', 'attribute name')
    .action(
      ctx.action(async (pool: string, c: Cont, name: string) => {
        await withCont(pool, c, 'rw', (p, uuid) => p.containers.deleteAttrs(uuid, [name]));
        return { json: { name }, text: `Attribute ${name} deleted from container ${c}` };
      }),
    );

  contArg(cont.command('create-snap'))
    .description('take a snapshot (its epoch comes from the service leader’s hybrid logical clock)')
    .option('-s, --snap <name>', 'name of the snapshot')
    .action(
      ctx.action(async (pool: string, c: Cont, o: { snap?: string }) => {
        const s = await withCont(pool, c, 'rw', (p, uuid) => p.containers.createSnapshot(uuid, o.snap ?? ''));
        return { json: s, text: `snapshot/epoch ${s.epoch}${s.name ? ` (${s.name})` : ''} has been created` };
      }),
    );

  contArg(cont.command('list-snaps').alias('list-snap'))
    .description("list a container's snapshots, oldest first")
    .action(
      ctx.action(async (pool: string, c: Cont) => {
        const snaps = await withCont(pool, c, 'ro', (p, uuid) => p.containers.listSnapshots(uuid));
        const text = snaps.length === 0 ? `No snapshots of container ${c}` : `Container's snapshots :\n${table(['Epoch', 'Name', 'Created'], snaps.map((s) => [s.epoch, s.name || '-', time(s.createdMs)]))}`;
        return { json: snaps, text };
      }),
    );

  contArg(cont.command('destroy-snap'))
    .description('destroy a snapshot, by epoch or by name')
    .addOption(new Option('-e, --epc <epoch>', 'epoch of the snapshot').argParser((t: string) => {
      const n = Number(t);
      if (!/^\d+$/.test(t) || !Number.isSafeInteger(n) || n <= 0) throw new UsageError(`epoch ${JSON.stringify(t)} is not a positive integer`);
      return n;
    }))
    .option('-s, --snap <name>', 'name of the snapshot')
    .action(
      ctx.action(async (pool: string, c: Cont, o: { epc?: number; snap?: string }) => {
        if ((o.epc === undefined) === (o.snap === undefined)) throw new UsageError('give exactly one of --epc and --snap');
        const which = o.epc !== undefined ? { epoch: o.epc } : { name: o.snap! };
        await withCont(pool, c, 'rw', (p, uuid) => p.containers.destroySnapshot(uuid, which));
        return { json: which, text: `snapshot ${o.epc ?? o.snap} has been destroyed` };
      }),
    );
}
