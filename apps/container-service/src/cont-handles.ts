import { NoHandleError } from '@daos-nats/base';
import { contHandlesPath, decodeJson, decodeText, HANDLES_PATH, iterateAll, type HandleRecord } from './cont-layout.js';
import type { ContCtx } from './cont-leader.js';

export interface OpenHandle {
  readonly handle: string;
  readonly rec: HandleRecord;
}

/** Every handle recorded open on container `uuid`, without asking whether its pool handle lives. */
export async function recordedHandles(ctx: ContCtx, uuid: string): Promise<OpenHandle[]> {
  return (await iterateAll(ctx.tx, contHandlesPath(uuid))).map((it) => ({
    handle: decodeText(it.key),
    rec: decodeJson<HandleRecord>(it.value, `container ${uuid} handle`),
  }));
}

/**
 * The open handles of container `uuid` (`recorded`, if already read) whose pool handle is still open. A container handle
 * outlives nothing: once its pool handle is disconnected or evicted (a client that died, `dmg
 * pool evict`), it is closed here, in the caller's transaction (DAOS closes them at pool
 * disconnect; the pool service does not tell us, so we find out when it matters: before
 * refusing an exclusive open or a destroy).
 */
export async function liveHandles(ctx: ContCtx, uuid: string, recorded?: readonly OpenHandle[]): Promise<OpenHandle[]> {
  const live: OpenHandle[] = [];
  const poolAlive = new Map<string, boolean>();
  for (const h of recorded ?? (await recordedHandles(ctx, uuid))) {
    let alive = poolAlive.get(h.rec.poolHandle);
    if (alive === undefined) {
      alive = await ctx.state.verifier.verify(h.rec.poolHandle, ctx.signal).then(
        () => true,
        (e: unknown) => {
          if (e instanceof NoHandleError) return false;
          throw e;
        },
      );
      poolAlive.set(h.rec.poolHandle, alive);
    }
    if (alive) live.push(h);
    else dropHandle(ctx, uuid, h.handle);
  }
  return live;
}

/** Buffer the removal of one container handle. */
export function dropHandle(ctx: ContCtx, uuid: string, handle: string): void {
  ctx.tx.delete(contHandlesPath(uuid), handle).delete(HANDLES_PATH, handle);
  const capas = ctx.state.capas;
  if (capas) {
    capas.closed(handle);
    ctx.afterCommit(() => capas.flush());
  }
}
