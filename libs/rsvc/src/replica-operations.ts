import { rsvcOps } from '@daos-nats/api';
import { InvalidError, NonexistError, NotReplicaError, rank as toRank } from '@daos-nats/base';
import type { Replica, Transaction } from '@daos-nats/rdb';
import type { Logger } from '@daos-nats/telemetry';
import { DataInvalidError } from './data-invalid-error.js';
import { GEN_MAX_KEY, RSVC_PATH } from './rsvc-layout.js';
import { operation, type OperationSpec, type ReplicaChange } from './service-class.js';
import type { RsvcTransport } from './rsvc-transport.js';

/** What the membership operations need from their host. */
export interface ReplicaOperationsDeps {
  readonly transport: RsvcTransport;
  readonly system: string;
  readonly service: string;
  /** The leader's own rank: it never removes itself. */
  readonly rank: number;
  readonly peerRequestTimeoutMs: number;
  readonly log: Logger;
  /** This rank's open replica of `group`, if any. */
  replicaOf(group: string): Replica | undefined;
  /** The creator's generation this rank's replica of `group` was started with (0: none): a replica it adds gets the same. */
  createGenOf(group: string): number;
  /** The service's policy (ServiceClass.checkReplicaChange), if it has one. */
  readonly checkChange?: (change: ReplicaChange) => Promise<void>;
}

/**
 * `rsvc.replicas.add` / `.remove` / `.list`: leader operations that change the raft membership
 * (DAOS ds_rsvc_add/remove_replicas_s). The replicas they create and destroy on other ranks are
 * reached with `rsvc.start.joining` and `rsvc.stop.removed`, under this leader's own authority
 * (its raft term, exact generations), not the creator's fence term, which it does not know.
 */
export function replicaOperations<S>(d: ReplicaOperationsDeps): OperationSpec<S>[] {
  const replicaOf = (group: string): Replica => {
    const replica = d.replicaOf(group);
    if (!replica) throw new NotReplicaError(`rank ${d.rank} no longer hosts ${group}`);
    return replica;
  };
  const list = (group: string) => ({ members: replicaOf(group).members() });
  const at = (group: string, rank: number) => ({ system: d.system, service: d.service, group, rank });
  const check = async (group: string, kind: ReplicaChange['kind'], ranks: readonly number[]): Promise<void> => {
    await d.checkChange?.({ group, kind, ranks: [...ranks], members: replicaOf(group).members().map((m) => Number(m.rank)) });
  };
  return [
    operation(rsvcOps.replicasList, 'read', async (_r, ctx) => list(ctx.group)),
    operation(rsvcOps.replicasAdd, 'write', async (r, ctx) => {
      const replica = replicaOf(ctx.group);
      await check(ctx.group, 'add', r.ranks ?? []);
      // Generations are never reused, even for a rank removed and added again: a late destroy
      // of the removed generation must not match the new replica.
      let genMax = await readGenMax(ctx.tx);
      for (const rank of r.ranks ?? []) {
        const members = replica.members();
        if (members.some((m) => m.rank === rank)) continue; // a retry after a partial success
        const gen = Math.max(genMax, ...members.map((m) => m.gen)) + 1;
        genMax = gen;
        // Durable before anything names the generation: if it only rode on this handler's
        // transaction, a failed commit after the membership change committed would leave genMax
        // behind, and once `gen` is removed again a later add would hand it out a second time.
        const claim = await replica.begin(ctx.term);
        claim.update(RSVC_PATH, GEN_MAX_KEY, genMaxValue(gen));
        await claim.commit();
        ctx.tx.update(RSVC_PATH, GEN_MAX_KEY, genMaxValue(gen));
        await d.transport.call(at(ctx.group, rank), rsvcOps.startJoining, { create: true, members: [], gen, createGen: d.createGenOf(ctx.group) }, { timeoutMs: d.peerRequestTimeoutMs });
        await replica.addReplica({ rank: toRank(rank), gen });
        d.log.info({ group: ctx.group, rank, gen }, 'replica added');
      }
      return list(ctx.group);
    }),
    operation(rsvcOps.replicasRemove, 'write', async (r, ctx) => {
      const replica = replicaOf(ctx.group);
      await check(ctx.group, 'remove', r.ranks ?? []);
      for (const rank of r.ranks ?? []) {
        const member = replica.members().find((m) => m.rank === rank);
        if (!member) continue;
        if (rank === d.rank) throw new InvalidError(`rank ${rank} is the leader of ${ctx.group}: transfer leadership before removing it`);
        await replica.removeReplica(member);
        d.log.info({ group: ctx.group, rank, gen: member.gen }, 'replica removed');
        // Best effort: the removed replica no longer matters to the group, only to its disk. The
        // authority is this committed removal: our term, its exact generation.
        await d.transport
          .call(at(ctx.group, rank), rsvcOps.stopRemoved, { destroy: true, gen: member.gen, fenceTerm: ctx.term }, { timeoutMs: d.peerRequestTimeoutMs })
          .catch((err: unknown) => d.log.warn({ err, group: ctx.group, rank }, 'removed replica not destroyed'));
      }
      return list(ctx.group);
    }),
  ];
}

async function readGenMax(tx: Transaction): Promise<number> {
  let v: Uint8Array;
  try {
    v = await tx.lookup(RSVC_PATH, GEN_MAX_KEY);
  } catch (e) {
    if (e instanceof NonexistError) return 0;
    throw e;
  }
  if (v.length !== 4) throw new DataInvalidError(`rsvc/${GEN_MAX_KEY} is ${v.length} bytes, not 4`);
  return new DataView(v.buffer, v.byteOffset, 4).getUint32(0);
}

function genMaxValue(gen: number): Uint8Array {
  const v = new Uint8Array(4);
  new DataView(v.buffer).setUint32(0, gen);
  return v;
}
