/**
 * The dRPC modules and methods the server and its engines speak (DAOS daos_srv/drpc_modules.h
 * numbers modules 0-4 and methods module*100+n; we keep that shape). Adding a method: add it
 * here, its bodies to proto/daos/engine/v1/engine.proto, and a handler on the side that serves it.
 */
export const DrpcModule = {
  /** Served by the engine (its mgmt module). */
  MGMT: 2,
  /** Served by the server, called by its engines. */
  SRV: 3,
} as const;

export const MgmtMethod = {
  KILL_RANK: 201,
  SET_RANK: 202,
  SET_UP: 203,
  PREP_SHUTDOWN: 204,
  PING_RANK: 205,
  POOL_CREATE: 206,
  POOL_DESTROY: 207,
  POOL_QUERY: 208,
} as const;

export const SrvMethod = {
  NOTIFY_READY: 301,
  GET_SYS_PROPS: 302,
} as const;
