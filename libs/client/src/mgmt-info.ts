// What the management service reports, as the client SDK hands it out: every field present.
import type { daos } from '@daos-nats/proto';

/** A member as the MS reports it, every field present. */
export interface MgmtMemberInfo {
  readonly rank: number;
  readonly incarnation: number;
  readonly uuid: string;
  readonly addr: string;
  readonly faultDomain: string;
  /** A MemberState bit (mgmt-member-state.ts). */
  readonly state: number;
  readonly kind: string;
  readonly info: string;
  readonly lastUpdateMs: number;
  /** Engines: how many targets the engine runs; 0 for other kinds. */
  readonly targets: number;
}

export function mgmtMemberInfo(m: daos.mgmt.v1.Member.$Properties): MgmtMemberInfo {
  return {
    rank: m.rank ?? 0,
    incarnation: m.incarnation ?? 0,
    uuid: m.uuid ?? '',
    addr: m.addr ?? '',
    faultDomain: m.faultDomain ?? '',
    state: m.state ?? 0,
    kind: m.kind ?? '',
    info: m.info ?? '',
    lastUpdateMs: Number(m.lastUpdateMs ?? 0),
    targets: m.targets ?? 0,
  };
}

/** A pool as the MS directory knows it, every field present. */
export interface MgmtPoolInfo {
  readonly uuid: string;
  readonly label: string;
  /** "Creating" | "Ready" | "Destroying" */
  readonly state: string;
  readonly sizeBytes: number;
  /** Pool-service replica ranks (service "pool", group = uuid). */
  readonly svcRanks: readonly number[];
  /** Container-service replica ranks (service "cont", group = uuid). */
  readonly contRanks: readonly number[];
  readonly owner: string;
  readonly ownerGroup: string;
  readonly createdMs: number;
  /** Fences the pool's create and destroy steps (one per create). */
  readonly createGen: number;
  /** Creating: the step reached; Destroying: why (a destroy, or a failed create rolled back). */
  readonly progress: string;
  /** Engine ranks holding the pool's targets (all the targets of each). */
  readonly targetRanks: readonly number[];
  /** Capacity of each of those targets. */
  readonly targetBytes: number;
}

export function mgmtPoolInfo(p: daos.mgmt.v1.PoolInfo.$Properties): MgmtPoolInfo {
  return {
    uuid: p.uuid ?? '',
    label: p.label ?? '',
    state: p.state ?? '',
    sizeBytes: Number(p.sizeBytes ?? 0),
    svcRanks: [...(p.svcRanks ?? [])],
    contRanks: [...(p.contRanks ?? [])],
    owner: p.owner ?? '',
    ownerGroup: p.ownerGroup ?? '',
    createdMs: Number(p.createdMs ?? 0),
    createGen: Number(p.createGen ?? 0),
    progress: p.progress ?? '',
    targetRanks: [...(p.targetRanks ?? [])],
    targetBytes: Number(p.targetBytes ?? 0),
  };
}

/** One rank's outcome of a fanned-out system command. */
export interface SystemRankResult {
  readonly rank: number;
  readonly action: string;
  /** DER code, 0 = success. */
  readonly status: number;
  readonly message: string;
  readonly state: number;
}

export function systemRankResult(r: daos.mgmt.v1.RankResult.$Properties): SystemRankResult {
  return { rank: r.rank ?? 0, action: r.action ?? '', status: r.status ?? 0, message: r.message ?? '', state: r.state ?? 0 };
}
