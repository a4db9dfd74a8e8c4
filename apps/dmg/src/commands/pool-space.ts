// dmg pool query's real space: each engine's per-target accounting (libs/vos), asked of the control
// server of every host holding the pool's engine ranks (server.pool_query -> dRPC POOL_QUERY).
import { serverOps } from '@daos-nats/api';
import { serverRequestSubject } from '@daos-nats/bus';
import type { CliContext } from '@daos-nats/cli';
import type { PoolInfo } from '@daos-nats/client';

/** Deadline of one host's answer: a host that misses it is reported, not waited for. */
const HOST_QUERY_TIMEOUT_MS = 10_000;

export interface EngineSpace {
  readonly totalBytes: number;
  readonly freeBytes: number;
  readonly usedBytes: number;
  /** Targets that reported their space. */
  readonly targetsReporting: number;
  /** Engine ranks whose host did not answer (their targets are not in the sums). */
  readonly unreachableRanks: number[];
}

/** The pool's engine ranks (those of its map that hold targets), in rank order. */
export function storageRanksOf(info: PoolInfo): number[] {
  return (info.map?.ranks ?? []).filter((r) => r.storage).map((r) => r.rank ?? 0).sort((a, b) => a - b);
}

/** Targets of the pool's engine ranks by state name (UPIN, DOWN, ...). */
export function targetsByState(info: PoolInfo, names: Readonly<Record<number, string>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of (info.map?.ranks ?? []).filter((x) => x.storage))
    for (const t of r.targets ?? []) {
      const name = names[t.state ?? 0] ?? String(t.state);
      out[name] = (out[name] ?? 0) + 1;
    }
  return out;
}

/** The space of the pool on its engines, or undefined when the pool has no engine rank. */
export async function engineSpace(ctx: CliContext, info: PoolInfo): Promise<EngineSpace | undefined> {
  const ranks = storageRanksOf(info);
  if (ranks.length === 0) return undefined;
  const members = (await (await ctx.mgmt()).systemQuery({ ranks })).members;
  const byHost = new Map<string, number[]>();
  const unreachableRanks: number[] = [];
  for (const r of ranks) {
    const m = members.find((x) => x.rank === r && x.kind === 'engine');
    if (!m) {
      unreachableRanks.push(r);
      continue;
    }
    const host = m.addr.slice(0, m.addr.lastIndexOf(':'));
    byHost.set(host, [...(byHost.get(host) ?? []), r]);
  }
  const bus = (await ctx.client()).bus;
  const { system } = await ctx.address();
  let totalBytes = 0;
  let freeBytes = 0;
  let usedBytes = 0;
  let targetsReporting = 0;
  await Promise.all(
    [...byHost].map(async ([host, hostRanks]) => {
      try {
        const rep = await bus.call(serverRequestSubject(system, host), serverOps.poolQuery, { poolUuid: info.uuid ?? '', ranks: hostRanks }, { timeoutMs: HOST_QUERY_TIMEOUT_MS });
        if ((rep.result?.status ?? 0) !== 0) throw new Error(rep.result?.message ?? '');
        for (const e of rep.engines ?? [])
          for (const t of e.targets ?? []) {
            totalBytes += Number(t.capacityBytes ?? 0);
            freeBytes += Number(t.freeBytes ?? 0);
            usedBytes += Number(t.usedBytes ?? 0);
            targetsReporting++;
          }
      } catch {
        unreachableRanks.push(...hostRanks);
      }
    }),
  );
  return { totalBytes, freeBytes, usedBytes, targetsReporting, unreachableRanks: unreachableRanks.sort((a, b) => a - b) };
}
