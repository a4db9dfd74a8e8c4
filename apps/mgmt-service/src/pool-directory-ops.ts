import { CONT_SERVICE, mgmtOps, POOL_SERVICE } from '@daos-nats/api';
import { BusyError, ExistError, InvalidError, NonexistError, NoServiceError, NoSpaceError } from '@daos-nats/base';
import { MemberState } from '@daos-nats/client';
import { daos } from '@daos-nats/proto';
import { operation, type HandlerContext, type OperationSpec } from '@daos-nats/rsvc';
import { checkLabel, checkRanks, checkUuid, isUuid } from './checks.js';
import type { MsDeps } from './ms-deps.js';
import { deletePool, poolUuidOfLabel, readMembers, readPool, readPools, writePool, type PoolRecord } from './ms-layout.js';
import type { MsLeader } from './ms-leader.js';
import { placeReplicas, type Candidate } from './pool-placement.js';
import { currentReplicas, evictForDestroy, openHandles, startPoolServices, stopPoolServices } from './pool-services.js';

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

      // Creates run concurrently (each takes seconds of replica start-up); the claim keeps two
      // creates of one uuid or label apart, the reads below see every committed one.
      const release = ctx.state.claimPool(uuid, label);
      if (!release) throw new BusyError(`another create of pool ${uuid} or label ${JSON.stringify(label)} is in progress`);
      try {
        return await createPool(d, ctx, req, uuid, label, sizeBytes, want);
      } finally {
        release();
      }
    }, { exclusive: false }),

    operation(mgmtOps.poolDestroy, 'write', async (req, ctx) => {
      const pool = await findPool(ctx, req.id);
      const force = req.force ?? false;
      if (!force) {
        const open = await openHandles(d, pool.uuid, pool.svcRanks, ctx.signal);
        if (open > 0) throw new BusyError(`pool ${pool.label || pool.uuid} has ${open} open handle(s): disconnect them, or destroy with --force`);
      }
      try {
        await evictForDestroy(d, pool.uuid, pool.svcRanks, ctx.signal);
      } catch (e) {
        if (!force) throw e;
        d.log.warn({ pool: pool.uuid, err: (e as Error).message }, 'destroy --force: could not evict handles; destroying anyway');
      }
      const svcRanks = await currentReplicas(d, POOL_SERVICE, pool.uuid, pool.svcRanks);
      const contRanks = await currentReplicas(d, CONT_SERVICE, pool.uuid, pool.contRanks);
      await stopPoolServices(d, pool.uuid, svcRanks, contRanks, ctx.term);
      deletePool(ctx.tx, pool);
      d.log.info({ pool: pool.uuid, label: pool.label }, 'pool destroyed');
      return {};
    }),

    operation(mgmtOps.poolList, 'read', async (_req, ctx) => ({ pools: (await readPools(ctx.tx)).sort((a, b) => a.label.localeCompare(b.label)) })),

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

/** The body of a claimed create: everything after validation. */
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
  const createdMs = d.nowMs();
  const owner = req.owner ?? '';
  const ownerGroup = req.ownerGroup ?? '';

  await startPoolServices(
    d,
    {
      uuid,
      svcRanks,
      contRanks,
      poolBootstrap: {
        uuid, label, sizeBytes, svcRanks, owner, ownerGroup,
        acl: [...(req.acl ?? [])],
        props: Object.entries(req.props ?? {}).map(([name, value]) => ({ name, value })),
        ranks: poolMembers.map((mb) => ({ rank: mb.rank, faultDomain: mb.faultDomain })).sort((a, b) => a.rank - b.rank),
        targetsPerRank: d.config.targetsPerRank,
        createdMs,
        svcRf: (svcRanks.length - 1) / 2,
      },
      contBootstrap: { poolUuid: uuid, poolSvcRanks: svcRanks, poolLabel: label },
    },
    ctx.term,
    ctx.signal,
  );
  const pool = m.PoolInfo.fromObject({ uuid, label, state: 'Ready', sizeBytes, svcRanks, contRanks, owner, ownerGroup, createdMs });
  writePool(ctx.tx, pool);
  d.log.info({ pool: uuid, label, svcRanks, contRanks }, 'pool created');
  return { pool };
}
