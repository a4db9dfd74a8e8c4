// The management service's state in its rdb database (root KVS; `rsvc` is the framework's):
//
//   ms       value   layout version (1 byte): present = bootstrapped
//   system   value   SystemMeta (JSON): system name, next member rank, system map version
//   members  INTEGER rank → daos.mgmt.v1.Member
//   uuids    LEXICAL member uuid → rank (decimal text)
//   pools    LEXICAL pool uuid → daos.mgmt.v1.PoolInfo
//   labels   LEXICAL pool label → pool uuid
//   jobs     LEXICAL pool uuid → daos.mgmt.v1.PoolJob (a create or destroy not finished yet)
import { NonexistError } from '@daos-nats/base';
import { daos } from '@daos-nats/proto';
import { KvsClass, type Transaction } from '@daos-nats/rdb';
import { DataInvalidError } from '@daos-nats/rsvc';

export const MS_LAYOUT_VERSION = 1;
const LAYOUT = 'ms';
const SYSTEM = 'system';
const MEMBERS = 'members';
const UUIDS = 'uuids';
const POOLS = 'pools';
const LABELS = 'labels';
const JOBS = 'jobs';

const m = daos.mgmt.v1;
const utf8 = new TextEncoder();
const text = new TextDecoder();

export type MemberRecord = daos.mgmt.v1.Member;
export type PoolRecord = daos.mgmt.v1.PoolInfo;
export type PoolJobRecord = daos.mgmt.v1.PoolJob;

export interface SystemMeta {
  readonly name: string;
  /** The rank the next new member gets; ranks are never reused. */
  readonly nextRank: number;
  /** Bumped by every membership change (DAOS system map version). */
  readonly mapVersion: number;
  /** The create generation the next pool record gets (absent in a database from before: 1). */
  readonly nextPoolGen?: number;
}

function decodeOr<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new DataInvalidError(`MS database: ${what} does not decode: ${(e as Error).message}`, { cause: e });
  }
}

async function lookupOrUndefined(tx: Transaction, path: string[], key: string | number): Promise<Uint8Array | undefined> {
  try {
    return await tx.lookup(path, key);
  } catch (e) {
    if (e instanceof NonexistError) return undefined;
    throw e;
  }
}

/** Write the initial layout (bootstrap). */
export function createMsLayout(tx: Transaction, meta: SystemMeta): void {
  tx.createKvs([], MEMBERS, KvsClass.Integer)
    .createKvs([], UUIDS, KvsClass.Lexical)
    .createKvs([], POOLS, KvsClass.Lexical)
    .createKvs([], LABELS, KvsClass.Lexical)
    .createKvs([], JOBS, KvsClass.Lexical)
    .update([], SYSTEM, utf8.encode(JSON.stringify(meta)))
    .update([], LAYOUT, Uint8Array.of(MS_LAYOUT_VERSION));
}

/** The layout version, or undefined for an empty database. */
export async function msLayoutVersion(tx: Transaction): Promise<number | undefined> {
  const v = await lookupOrUndefined(tx, [], LAYOUT);
  return v?.[0];
}

export async function readMeta(tx: Transaction): Promise<SystemMeta> {
  const v = await tx.lookup([], SYSTEM);
  const o = decodeOr('system meta', () => JSON.parse(text.decode(v)) as SystemMeta);
  if (typeof o.name !== 'string' || !Number.isSafeInteger(o.nextRank) || !Number.isSafeInteger(o.mapVersion))
    throw new DataInvalidError(`MS database: system meta is malformed: ${text.decode(v)}`);
  return o;
}

export function writeMeta(tx: Transaction, meta: SystemMeta): void {
  tx.update([], SYSTEM, utf8.encode(JSON.stringify(meta)));
}

export async function readMembers(tx: Transaction): Promise<MemberRecord[]> {
  const items = await tx.iterate([MEMBERS]);
  return items.map((it) => decodeOr('a member', () => m.Member.decode(it.value ?? new Uint8Array(0))));
}

export async function readMember(tx: Transaction, rank: number): Promise<MemberRecord | undefined> {
  const v = await lookupOrUndefined(tx, [MEMBERS], rank);
  return v && decodeOr(`member ${rank}`, () => m.Member.decode(v));
}

export async function rankOfUuid(tx: Transaction, uuid: string): Promise<number | undefined> {
  const v = await lookupOrUndefined(tx, [UUIDS], uuid);
  if (!v) return undefined;
  const r = Number(text.decode(v));
  if (!Number.isSafeInteger(r) || r < 0) throw new DataInvalidError(`MS database: rank of member ${uuid} is ${JSON.stringify(text.decode(v))}`);
  return r;
}

export function writeMember(tx: Transaction, member: MemberRecord, isNew: boolean): void {
  tx.update([MEMBERS], member.rank, m.Member.encode(member).finish());
  if (isNew) tx.update([UUIDS], member.uuid, utf8.encode(String(member.rank)));
}

/** Forget a member: its record and its UUID → rank entry (its rank is not reused: meta.nextRank). */
export function deleteMember(tx: Transaction, member: MemberRecord): void {
  tx.delete([MEMBERS], member.rank);
  tx.delete([UUIDS], member.uuid);
}

export async function readPools(tx: Transaction): Promise<PoolRecord[]> {
  const items = await tx.iterate([POOLS]);
  return items.map((it) => decodeOr('a pool', () => m.PoolInfo.decode(it.value ?? new Uint8Array(0))));
}

/**
 * One page of pools in uuid order after `anchor`: at most `limitItems`, and records of at most
 * `bytesMax` encoded bytes (the first always fits: a record is far below a NATS message).
 */
export async function readPoolsPage(tx: Transaction, anchor: string, limitItems: number, bytesMax: number): Promise<{ pools: PoolRecord[]; nextAnchor: string }> {
  const found = await tx.iterate([POOLS], { ...(anchor ? { gt: anchor } : {}), limitItems: limitItems + 1 }); // one more: is there a next page?
  const pools: PoolRecord[] = [];
  let bytes = 0;
  for (const it of found.slice(0, limitItems)) {
    const v = it.value ?? new Uint8Array(0);
    if (pools.length > 0 && bytes + v.byteLength > bytesMax) break;
    bytes += v.byteLength;
    pools.push(decodeOr('a pool', () => m.PoolInfo.decode(v)));
  }
  return { pools, nextAnchor: pools.length < found.length ? text.decode(found[pools.length - 1]!.key) : '' };
}

export async function readPool(tx: Transaction, uuid: string): Promise<PoolRecord | undefined> {
  const v = await lookupOrUndefined(tx, [POOLS], uuid);
  return v && decodeOr(`pool ${uuid}`, () => m.PoolInfo.decode(v));
}

export async function poolUuidOfLabel(tx: Transaction, label: string): Promise<string | undefined> {
  const v = await lookupOrUndefined(tx, [LABELS], label);
  return v && text.decode(v);
}

export function writePool(tx: Transaction, pool: PoolRecord): void {
  tx.update([POOLS], pool.uuid, m.PoolInfo.encode(pool).finish());
  if (pool.label) tx.update([LABELS], pool.label, utf8.encode(pool.uuid));
}

export function deletePool(tx: Transaction, pool: PoolRecord): void {
  tx.delete([POOLS], pool.uuid);
  if (pool.label) tx.delete([LABELS], pool.label);
}

/** Every unfinished pool create or destroy (what a new leader resumes at step-up). */
export async function readJobs(tx: Transaction): Promise<PoolJobRecord[]> {
  let items: Awaited<ReturnType<Transaction['iterate']>>;
  try {
    items = await tx.iterate([JOBS]);
  } catch (e) {
    if (e instanceof NonexistError) return []; // a database from before jobs were kept
    throw e;
  }
  return items.map((it) => decodeOr('a pool job', () => m.PoolJob.decode(it.value ?? new Uint8Array(0))));
}

export async function readJob(tx: Transaction, uuid: string): Promise<PoolJobRecord | undefined> {
  const v = await lookupOrUndefined(tx, [JOBS], uuid);
  return v && decodeOr(`pool job ${uuid}`, () => m.PoolJob.decode(v));
}

/** A database created before jobs were kept gets their KVS with its first job (same layout version). */
export async function ensureJobsKvs(tx: Transaction): Promise<void> {
  try {
    await tx.iterate([JOBS], { limitItems: 1 });
  } catch (e) {
    if (!(e instanceof NonexistError)) throw e;
    tx.createKvs([], JOBS, KvsClass.Lexical);
  }
}

export function writeJob(tx: Transaction, job: PoolJobRecord): void {
  tx.update([JOBS], job.pool?.uuid ?? '', m.PoolJob.encode(job).finish());
}

export function deleteJob(tx: Transaction, uuid: string): void {
  tx.delete([JOBS], uuid);
}
