import { CONT_SERVICE, mgmtOps, POOL_SERVICE } from '@daos-nats/api';
import { BusyError, ExistError, InvalidError, NonexistError, NoServiceError, NoSpaceError, StaleError } from '@daos-nats/base';
import { MemberState } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { operation, type HandlerContext, type OperationSpec } from '@daos-nats/rsvc';
import { checkLabel, checkRanks, checkUuid, isUuid } from './checks.js';
import type { MsDeps } from './ms-deps.js';
import { deleteJob, deletePool, ensureJobsKvs, poolUuidOfLabel, readJob, readMember, readMembers, readMeta, readPool, readPools, readPoolsPage, writeJob, writeMeta, writePool, type PoolRecord } from './ms-layout.js';
import type { MsLeader } from './ms-leader.js';
import { placeReplicas, type Candidate } from './pool-placement.js';
import { openHandles } from './pool-services.js';

const m = daos.mgmt.v1;
type Ctx = HandlerContext<MsLeader>;

/** The largest odd number of replicas not above `want` that `available` members can host. */
function replicaCount(want: number, available: number): number {
  const n = Math.min(want, available);
  return n % 2 === 1 ? n : n - 1;
}

/** A pool by uuid or label, DER_NONEXIST if neither names one. */
async function findPool(ctx: Ctx, id: string | null | undefined): Promise<PoolRecord> {
  const text = (id ?? '').trim();
  if (text === '') throw new InvalidError('a pool uuid or label is required');
  const uuid = isUuid(text.toLowerCase()) ? text.toLowerCase() : await poolUuidOfLabel(ctx.tx, text);
  const pool = uuid === undefined ? undefined : await readPool(ctx.tx, uuid);
  if (!pool) throw new NonexistError(`no pool ${JSON.stringify(text)}`);
  return pool;
}

/**
 * The pool directory (DAOS mgmtSvc.PoolCreate / PoolDestroy / ListPools / PoolFind):
 *
 * create: idempotent by uuid (same uuid and label → the existing pool), labels unique; pool
 *   service ranks chosen among Joined pool-service members (explicit `ranks` must be such members),
 *   spread over fault domains, odd count clamped to what is available (default 3, at most 9);
 *   container service ranks likewise among container-service members. Both groups are
 *   dist-started with their bootstrap arguments and waited for; the pool record is committed only
 *   once both answer, together with the client's dedup entry, so a retried create is answered from
 *   it. A failure destroys whatever was started. Creates run concurrently (not under the MS write
 *   lock): a claim on the uuid and label keeps two creates of one pool or label apart (DER_BUSY).
 * destroy: by uuid or label; DER_BUSY while handles are open unless `force`; evicts every handle
 *   (the pool stops accepting connections), destroys both groups' replicas, removes the record.
 */
export function poolDirectoryOperations(d: MsDeps): OperationSpec<MsLeader>[] {
  return [
    operation(mgmtOps.poolCreate, 'write', async (req, ctx) => {
      const uuid = checkUuid(req.uuid, 'pool uuid');
      const label = checkLabel(req.label);
      const sizeBytes = Number(req.sizeBytes ?? 0);
      if (!Number.isSafeInteger(sizeBytes) || sizeBytes <= 0) throw new InvalidError(`pool size must be a positive number of bytes, got ${sizeBytes}`);
      const want = req.svcReplicas || d.config.svcReplicasDefault;
      if (want % 2 === 0 || want > d.config.svcReplicasMax) throw new InvalidError(`pool service replicas must be odd and at most ${d.config.svcReplicasMax}, got ${want}`);
      return await createPool(d, ctx, req, uuid, label, sizeBytes, want);
    }),

    // Not exclusive: the handle check and eviction are network calls, and the service lock is never
    // held across one. The state change itself is one exclusive step (mgmt.pool.step "destroy").
    operation(mgmtOps.poolDestroy, 'write', async (req, ctx) => {
      const pool = await findPool(ctx, req.id);
      if (pool.state === 'Creating') throw new BusyError(`pool ${pool.label || pool.uuid} is being created (${pool.progress}): destroy it once its create finished`);
      if (pool.state === 'Ready' && !(req.force ?? false)) {
        const open = await openHandles(d, pool.uuid, pool.svcRanks, ctx.signal);
        if (open > 0) throw new BusyError(`pool ${pool.label || pool.uuid} has ${open} open handle(s): disconnect them, or destroy with --force`);
      }
      const rep = await ctx.run(mgmtOps.poolStep, { uuid: pool.uuid, createGen: pool.createGen, step: 'destroy', detail: 'destroy' }, { signal: ctx.signal });
      return { pool: rep.pool ?? null };
    }, { exclusive: false }),

    operation(mgmtOps.poolStep, 'write', async (req, ctx) => poolStep(ctx, req)),

    // The orphan sweep (read: nothing is committed). A replica exists only after its pool's record
    // committed (create jobs start groups after the commit), so a reported pool group with no
    // record is a leftover: of a destroy that skipped an excluded rank, or of a lost create.
    operation(mgmtOps.groupsReport, 'read', async (req, ctx) => {
      const service = req.service ?? '';
      if (service !== POOL_SERVICE && service !== CONT_SERVICE) throw new InvalidError(`groups of service ${JSON.stringify(service)} are not swept`);
      const mb = await readMember(ctx.tx, req.rank ?? 0);
      if (!mb || mb.incarnation !== req.incarnation) return { orphans: [] };
      // Read before the records: a pool recorded after this read has a create generation at least
      // this, so its replicas are out of the sweep's reach even if it reuses an orphan's uuid.
      const createGenBelow = (await readMeta(ctx.tx)).nextPoolGen ?? 1;
      const orphans: string[] = [];
      for (const g of (req.groups ?? []).slice(0, d.config.poolsMax)) {
        if (isUuid(g) && !(await readPool(ctx.tx, g))) orphans.push(g);
      }
      for (const g of orphans) ctx.state.jobs.destroyOrphan(service, g, mb.rank, createGenBelow);
      return { orphans };
    }),

    operation(mgmtOps.poolList, 'read', async (req, ctx) => {
      const anchor = req.anchor ? checkUuid(req.anchor, 'anchor') : '';
      const limit = Math.min(req.limit || d.config.poolListPageItemsMax, d.config.poolListPageItemsMax);
      return await readPoolsPage(ctx.tx, anchor, limit, d.config.poolListPageBytesMax);
    }),

    operation(mgmtOps.poolFind, 'read', async (req, ctx) => ({ pool: await findPool(ctx, req.id) })),

    operation(mgmtOps.poolUpdateReplicas, 'write', async (req, ctx) => {
      const pool = await readPool(ctx.tx, checkUuid(req.uuid, 'pool uuid'));
      if (!pool) throw new NonexistError(`no pool ${req.uuid}`);
      const svc = checkRanks(req.svcRanks);
      const cont = checkRanks(req.contRanks);
      const updated = m.PoolInfo.fromObject({
        ...m.PoolInfo.toObject(pool, { defaults: true, longs: Number }),
        ...(svc.length > 0 ? { svcRanks: svc } : {}),
        ...(cont.length > 0 ? { contRanks: cont } : {}),
      });
      writePool(ctx.tx, updated);
      return { pool: updated };
    }),
  ];
}

/** The body of a create after validation: place the pool and commit its record, Creating, with its job. */
async function createPool(
  d: MsDeps,
  ctx: Ctx,
  req: daos.mgmt.v1.PoolCreateReq.$Properties,
  uuid: string,
  label: string,
  sizeBytes: number,
  want: number,
): Promise<daos.mgmt.v1.PoolCreateRep.$Properties> {
  const existing = await readPool(ctx.tx, uuid);
  if (existing) {
    // A retry (or a create at a new leader) never re-places a pool that has a record.
    if (existing.state === 'Destroying') throw new BusyError(`pool ${uuid} is being destroyed (${existing.progress})`);
    if (existing.label === label) return { pool: existing };
    throw new ExistError(`pool ${uuid} already exists, with label ${JSON.stringify(existing.label)}`);
  }
  const holder = await poolUuidOfLabel(ctx.tx, label);
  if (holder !== undefined) throw new ExistError(`pool label ${JSON.stringify(label)} is taken by pool ${holder}`);
  const pools = await readPools(ctx.tx);
  if (pools.length >= d.config.poolsMax) throw new NoSpaceError(`the system has ${pools.length} pools, the most it takes (poolsMax)`);

  const members = (await readMembers(ctx.tx)).filter((mb) => mb.state === MemberState.Joined);
  const candidate = (mb: (typeof members)[number]): Candidate => ({ rank: mb.rank, faultDomain: mb.faultDomain });
  let poolMembers = members.filter((mb) => mb.kind === 'pool-service');
  const explicit = checkRanks(req.ranks);
  if (explicit.length > 0) {
    const joined = new Set(poolMembers.map((mb) => mb.rank));
    const bad = explicit.filter((r) => !joined.has(r));
    if (bad.length > 0) throw new InvalidError(`ranks ${bad.join(',')} are not Joined pool-service members`);
    poolMembers = poolMembers.filter((mb) => explicit.includes(mb.rank));
  }
  const contMembers = members.filter((mb) => mb.kind === 'container-service');
  if (poolMembers.length === 0) throw new NoServiceError('no Joined pool-service member to host the pool service');
  if (contMembers.length === 0) throw new NoServiceError('no Joined container-service member to host the container service');
  const svcRanks = placeReplicas(poolMembers.map(candidate), replicaCount(want, poolMembers.length), uuid);
  const contRanks = placeReplicas(contMembers.map(candidate), replicaCount(want, contMembers.length), uuid);
  // The pool's targets: every target of every Joined engine (DAOS's default: all ranks), each
  // with an equal share of the size. A system without engines (the services' own tests) makes a
  // pool with no storage targets: its metadata works, object I/O has nowhere to go.
  const engines = members.filter((mb) => mb.kind === 'engine' && mb.targets > 0).sort((a, b) => a.rank - b.rank);
  const targetCount = engines.reduce((n, mb) => n + mb.targets, 0);
  const targetBytes = targetCount === 0 ? 0 : Math.floor(sizeBytes / targetCount);
  if (targetCount > 0 && targetBytes < d.config.targetBytesMin)
    throw new InvalidError(`pool size ${sizeBytes} B over ${targetCount} targets is ${targetBytes} B per target, below targetBytesMin ${d.config.targetBytesMin} B`);
  const createdMs = d.nowMs();
  const owner = req.owner ?? '';
  const ownerGroup = req.ownerGroup ?? '';

  const meta = await readMeta(ctx.tx);
  const createGen = (meta.nextPoolGen ?? 1);
  writeMeta(ctx.tx, { ...meta, nextPoolGen: createGen + 1 });
  const targetRanks = engines.map((mb) => mb.rank);
  const pool = m.PoolInfo.fromObject({ uuid, label, state: 'Creating', sizeBytes, svcRanks, contRanks, owner, ownerGroup, createdMs, createGen, progress: 'recorded', targetRanks, targetBytes });
  const storageRanks = engines.map((mb) => ({ rank: mb.rank, faultDomain: mb.faultDomain, storage: true, targets: Array.from({ length: mb.targets }, (_, index) => ({ index })) }));
  const poolBootstrap = daos.pool.v1.PoolBootstrap.encode({
    uuid, label, sizeBytes, svcRanks, owner, ownerGroup,
    acl: [...(req.acl ?? [])],
    props: Object.entries(req.props ?? {}).map(([name, value]) => ({ name, value })),
    // The map: the pool-service ranks (where its replicas may move) and the engine ranks with their targets.
    ranks: [...poolMembers.map((mb) => ({ rank: mb.rank, faultDomain: mb.faultDomain })), ...storageRanks].sort((a, b) => a.rank - b.rank),
    targetsPerRank: d.config.targetsPerRank,
    createdMs,
    svcRf: (svcRanks.length - 1) / 2,
  }).finish();
  const contBootstrap = daos.cont.v1.ContBootstrap.encode({ poolUuid: uuid, poolSvcRanks: svcRanks, poolLabel: label, replicasWanted: contRanks.length }).finish();
  const job = m.PoolJob.create({ pool, poolBootstrap, contBootstrap });
  await ensureJobsKvs(ctx.tx);
  writePool(ctx.tx, pool);
  writeJob(ctx.tx, job);
  // The job's first step waits for this handler's commit (the service lock) and finds the record.
  ctx.state.jobs.start(job);
  d.log.info({ pool: uuid, label, svcRanks, contRanks, targetRanks, targetBytes, createGen }, 'pool recorded: Creating');
  return { pool };
}

/** mgmt.pool.step: one transition of a pool's create or destroy, fenced by its create generation. */
async function poolStep(ctx: Ctx, req: daos.mgmt.v1.PoolStepReq.$Properties): Promise<daos.mgmt.v1.PoolStepRep.$Properties> {
  const uuid = checkUuid(req.uuid, 'pool uuid');
  const pool = await readPool(ctx.tx, uuid);
  if (!pool) throw new NonexistError(`no pool ${uuid}`);
  if (Number(pool.createGen) !== Number(req.createGen ?? 0))
    throw new StaleError(`pool ${uuid} is of create generation ${Number(pool.createGen)}, not ${Number(req.createGen ?? 0)}`);
  const job = await readJob(ctx.tx, uuid);
  const next = (state: string, progress: string): PoolRecord => m.PoolInfo.fromObject({ ...m.PoolInfo.toObject(pool, { defaults: true, longs: Number }), state, progress });
  const want = (state: string) => {
    if (pool.state !== state) throw new InvalidError(`pool ${uuid} is ${pool.state}: step ${req.step} needs ${state}`);
  };
  const save = (p: PoolRecord, keepJob: boolean): { pool: PoolRecord } => {
    writePool(ctx.tx, p);
    if (keepJob) writeJob(ctx.tx, m.PoolJob.create({ ...(job ?? {}), pool: p }));
    else deleteJob(ctx.tx, uuid);
    return { pool: p };
  };
  switch (req.step) {
    case 'progress':
      if (pool.state !== 'Creating' && pool.state !== 'Destroying') want('Creating');
      return save(next(pool.state, req.detail ?? ''), true);
    case 'ready':
      want('Creating');
      return save(next('Ready', ''), false);
    case 'rollback':
      want('Creating');
      return save(next('Destroying', req.detail ?? 'create failed'), true);
    case 'destroy': {
      if (pool.state === 'Destroying') return { pool };
      if (pool.state === 'Creating') throw new BusyError(`pool ${uuid} is being created`);
      await ensureJobsKvs(ctx.tx);
      const p = save(next('Destroying', req.detail ?? 'destroy'), true);
      ctx.state.jobs.start(m.PoolJob.create({ pool: p.pool }));
      return p;
    }
    case 'gone':
      want('Destroying');
      deletePool(ctx.tx, pool);
      deleteJob(ctx.tx, uuid);
      return { pool: next('Destroying', 'gone') };
    default:
      throw new InvalidError(`unknown pool step ${JSON.stringify(req.step)}`);
  }
}
