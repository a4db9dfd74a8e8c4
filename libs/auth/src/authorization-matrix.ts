// The authorization matrix: what each role may do on the bus, one row per action. This table is
// the specification; authorization-matrix.test.ts connects to a real nats-server configured by
// nats-server-config.ts, as anonymous and as every role, tries every action and asserts exactly
// this table. The README's Security section links here.
//
// Subjects are written with system `S`, group `G`, rank 3; the test builds them with
// libs/bus/src/subjects.ts. The `client` actor is client `alice` (NATS user `client-alice`); the
// system also has client `bob`, whose inbox alice may not read.
import type { Role } from './roles.js';

export type Actor = Role | 'anonymous';

export interface MatrixRow {
  /** `pub <subject>` or `sub <subject>`. */
  readonly action: string;
  /** Exactly the actors allowed; everyone else is refused. */
  readonly allowed: readonly Actor[];
}

const SERVICES: readonly Actor[] = ['mgmt', 'pool', 'container', 'engine', 'server', 'iv', 'lock'];
const USERS: readonly Actor[] = ['admin', 'client'];

export const AUTHORIZATION_MATRIX: readonly MatrixRow[] = [
  // Client operations: requests to the replicas of the MS, pool, container and lock services.
  { action: 'pub daos.S.ms.db.3.req', allowed: [...SERVICES, ...USERS] },
  { action: 'pub daos.S.pool.G.3.req', allowed: [...SERVICES, ...USERS] },
  { action: 'pub daos.S.cont.G.3.req', allowed: [...SERVICES, ...USERS] },
  { action: 'pub daos.S.lock.G.3.req', allowed: [...SERVICES, ...USERS] },
  { action: 'pub daos.S.mgmt.req', allowed: [...SERVICES, ...USERS] },
  // Service-to-service requests: member control, and the internal operations of every replica
  // (libs/api INTERNAL_OPERATIONS: rsvc start/stop, join, heartbeat, sweep, handle verification).
  { action: 'pub daos.S.control.member.3.req', allowed: SERVICES },
  { action: 'pub daos.S.ms.db.3.internal', allowed: SERVICES },
  { action: 'pub daos.S.pool.G.3.internal', allowed: SERVICES },
  { action: 'pub daos.S.cont.G.3.internal', allowed: SERVICES },
  { action: 'pub daos.S.lock.G.3.internal', allowed: SERVICES },
  // Lock-service notices to a client session: sent by the lock replicas, received by clients.
  { action: 'pub daos.S.lock.client.T', allowed: ['lock'] },
  { action: 'sub daos.S.lock.client.T', allowed: ['lock', ...USERS] },
  // Raft: only the replicas of that service.
  { action: 'pub daos.S.ms.db.3.raft', allowed: ['mgmt'] },
  { action: 'pub daos.S.pool.G.3.raft', allowed: ['pool'] },
  { action: 'pub daos.S.cont.G.3.raft', allowed: ['container'] },
  { action: 'pub daos.S.lock.G.3.raft', allowed: ['lock'] },
  // IV: the caches talk to each other, and every server process to the cache of its rank (IvClient).
  { action: 'pub daos.S.iv.G.3', allowed: SERVICES },
  // Engine-internal target subjects: engines, and the pool service, which drives rebuild there.
  { action: 'pub daos.S.engine.3.0', allowed: ['engine', 'pool'] },
  // Object I/O (issue 15): clients (and engines, for rebuild) to a target's .io subject.
  { action: 'pub daos.S.engine.3.0.io', allowed: ['engine', ...USERS] },
  // Control servers: dmg storage scan/format and pool query (the admin), and the MS's pool jobs
  // (a pool's targets on the host's engines), to one host's server.
  { action: 'pub daos.S.server.H.req', allowed: ['server', 'admin', 'mgmt'] },
  // Receiving: each service its own subjects; nobody else sees requests, raft or replies.
  { action: 'sub daos.S.ms.db.3.req', allowed: ['mgmt'] },
  { action: 'sub daos.S.ms.db.3.raft', allowed: ['mgmt'] },
  { action: 'sub daos.S.mgmt.req', allowed: ['mgmt'] },
  { action: 'sub daos.S.pool.G.3.req', allowed: ['pool'] },
  { action: 'sub daos.S.pool.G.3.raft', allowed: ['pool'] },
  { action: 'sub daos.S.cont.G.3.req', allowed: ['container'] },
  { action: 'sub daos.S.cont.G.3.raft', allowed: ['container'] },
  { action: 'sub daos.S.lock.G.3.req', allowed: ['lock'] },
  { action: 'sub daos.S.ms.db.3.internal', allowed: ['mgmt'] },
  { action: 'sub daos.S.pool.G.3.internal', allowed: ['pool'] },
  { action: 'sub daos.S.cont.G.3.internal', allowed: ['container'] },
  { action: 'sub daos.S.control.member.3.req', allowed: ['pool', 'container', 'server'] },
  { action: 'sub daos.S.engine.3.0', allowed: ['engine'] },
  { action: 'sub daos.S.engine.3.0.io', allowed: ['engine'] },
  { action: 'sub daos.S.iv.G.3', allowed: ['iv'] },
  { action: 'sub daos.S.server.H.req', allowed: ['server'] },
  { action: 'sub >', allowed: [] },
  { action: 'sub daos.>', allowed: [] },
  { action: 'sub _INBOX.>', allowed: [] },
  // Replies: every NATS user receives on its own inbox prefix, no other; clients are one user each.
  { action: 'sub _INBOX.client-alice.x.1', allowed: ['client'] },
  { action: 'sub _INBOX.client-bob.x.1', allowed: [] },
  { action: 'sub _INBOX.client.x.1', allowed: [] },
  { action: 'sub _INBOX.client-*.>', allowed: [] },
  { action: 'sub _INBOX.admin.x.1', allowed: ['admin'] },
  { action: 'sub _INBOX.pool.x.1', allowed: ['pool'] },
];

/** Every actor the matrix covers. */
export const MATRIX_ACTORS: readonly Actor[] = ['anonymous', ...SERVICES, ...USERS];
