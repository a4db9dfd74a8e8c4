// Handle checks of object I/O on the engine (DAOS: ds_pool_hdl / ds_cont_hdl lookups, fed by IV):
// the pool handle through IV_POOL_CONN, the container handle through IV_CONT_CAPA, both read from
// this rank's IV cache, so no service is called on the hot path. An evicted or closed handle is
// invalidated in every cache by its service, after which this check refuses it.
import { CONT_CAPA } from '@daos-nats/acl';
import { InvalidError, NoHandleError, NoPermError, ProtoError } from '@daos-nats/base';
import { IV_CLASS, uuidKey, type IvClient } from '@daos-nats/iv-nats';
import { checkMapVersion } from '@daos-nats/placement';
import { daos } from '@daos-nats/proto';

export type IoAccess = 'read' | 'write';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function uuidField(h: daos.obj.v1.IIoHandles, field: 'poolUuid' | 'poolHandle' | 'contUuid' | 'contHandle'): string {
  const v = h[field];
  if (typeof v !== 'string' || !UUID.test(v)) throw new InvalidError(`handles.${field} ${JSON.stringify(v)} is not a lower-case UUID`);
  return v;
}

function decode<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw new ProtoError(`IV value of ${what} does not decode`, { cause: err });
  }
}

/**
 * Checks the handles of one request for `access`; resolves with the pool map version the pool
 * handle's IV entry carries. DER_NO_HDL for an unknown (evicted, closed) handle or one that does
 * not belong to the pool/container named; DER_NO_PERM for a handle without the right
 * (read-only handles cannot write); DER_STALE for an older map version than the target's.
 */
export async function checkIoHandles(iv: IvClient, h: daos.obj.v1.IIoHandles | null | undefined, access: IoAccess): Promise<number> {
  if (!h) throw new InvalidError('object request without handles');
  const pool = uuidField(h, 'poolUuid');
  const poolHandle = uuidField(h, 'poolHandle');
  const cont = uuidField(h, 'contUuid');
  const contHandle = uuidField(h, 'contHandle');
  const [pe, ce] = await Promise.all([iv.fetch(pool, IV_CLASS.POOL_CONN, uuidKey(poolHandle)), iv.fetch(pool, IV_CLASS.CONT_CAPA, uuidKey(contHandle))]);
  if (pe.value === undefined) throw new NoHandleError(`pool handle ${poolHandle} is not connected to pool ${pool} (never, disconnected or evicted)`);
  const ph = decode('pool handle', () => daos.pool.v1.VerifyHandleRep.decode(pe.value!));
  if (!ph.valid) throw new NoHandleError(`pool handle ${poolHandle} is not valid`);
  if (ce.value === undefined) throw new NoHandleError(`container handle ${contHandle} is not open (never, closed or evicted)`);
  const ch = decode('container handle', () => daos.obj.v1.ContHandleCapa.decode(ce.value!));
  if (ch.contUuid !== cont || ch.poolHandle !== poolHandle) throw new NoHandleError(`container handle ${contHandle} was not opened on container ${cont} through pool handle ${poolHandle}`);
  const need = access === 'write' ? CONT_CAPA.WRITE_DATA : CONT_CAPA.READ_DATA;
  if (((ch.capabilities ?? 0) & need) === 0) throw new NoPermError(`container handle ${contHandle} may not ${access === 'write' ? 'write' : 'read'} data`);
  if (access === 'write' && ph.flags === daos.pool.v1.ConnectFlag.CONNECT_FLAG_RO) throw new NoPermError(`pool handle ${poolHandle} is read-only`);
  const local = ph.mapVersion ?? 0;
  checkMapVersion(h.mapVersion ?? 0, local);
  return local;
}
