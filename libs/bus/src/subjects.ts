// Every NATS subject daos-nats uses is built here, and only here. The hierarchy puts the system
// first and the role second so that NATS permissions can confine each role to its own subtree
// (a pool-service process gets `daos.<system>.pool.>`, an engine `daos.<system>.engine.<rank>.>`).
//
//   daos.<system>.<service>.<group>.<rank>.req    request/reply to one replica of a raft group
//   daos.<system>.<service>.<group>.<rank>.raft   one-way raft messages to that replica
//   daos.<system>.<service>.<group>.<rank>.internal  service-to-service requests to that replica
//                                                 (libs/api INTERNAL_OPERATIONS: dist start/stop,
//                                                 join, heartbeat, handle verification...); only
//                                                 server roles may publish here
//   daos.<system>.ms.db.<rank>.req                one MS replica (only the leader serves it)
//   daos.<system>.mgmt.req                        the management service (any replica answers)
//   daos.<system>.control.member.<rank>.req       a member's control responder (ping, stop, start)
//   daos.<system>.iv.<pool>.<rank>                IV (incast variable) traffic of a pool to a rank
//   daos.<system>.engine.<rank>.<target>          an engine target (engine-internal target RPCs)
//   daos.<system>.engine.<rank>.<target>.io       object I/O of clients on that target
//   daos.<system>.server.<host>.req               the control server (daos_server) of one host
//   daos.<system>.lock.client.<notifyToken>       lock-service notices (revoke, retry) to one client
import { isInternalOperation, MS_GROUP, MS_SERVICE } from '@daos-nats/api';
import { InvalidError, rank as toRank } from '@daos-nats/base';

/** Longest token we accept: far below NATS's limits, long enough for a UUID and a prefix. */
export const SUBJECT_TOKEN_CHARS_MAX = 128;

/** Second-level names that are roles of their own, so no replicated service may take them. */
const RESERVED_SERVICES = new Set(['mgmt', 'iv', 'engine', 'server']);

/**
 * Check that `value` can be one token of a subject: non-empty, at most SUBJECT_TOKEN_CHARS_MAX
 * characters, no `.` (the separator), no `*` or `>` (wildcards), no whitespace or control
 * characters. Throws InvalidError (DER_INVAL) naming the part.
 */
export function subjectToken(value: string, what: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidError(`subject ${what} must be a non-empty string, got ${JSON.stringify(value)}`);
  if (value.length > SUBJECT_TOKEN_CHARS_MAX) throw new InvalidError(`subject ${what} is ${value.length} characters, more than ${SUBJECT_TOKEN_CHARS_MAX}`);
  // eslint-disable-next-line no-control-regex
  const bad = /[.*>\s\u0000-\u001f\u007f]/u.exec(value);
  if (bad) {
    const why = bad[0] === '.' ? 'a dot (the token separator)' : bad[0] === '*' || bad[0] === '>' ? `a wildcard (${bad[0]})` : 'whitespace or a control character';
    throw new InvalidError(`subject ${what} ${JSON.stringify(value)} contains ${why}`);
  }
  return value;
}

function rankToken(r: number, what = 'rank'): string {
  try {
    return String(toRank(r));
  } catch (e) {
    throw new InvalidError(`subject ${what} must be a rank (integer 0..2^32-2), got ${r}`, { cause: e });
  }
}

function serviceToken(service: string): string {
  subjectToken(service, 'service');
  if (RESERVED_SERVICES.has(service)) throw new InvalidError(`subject service ${JSON.stringify(service)} is reserved for its own role`);
  return service;
}

/** Requests to one replica (`rank`) of raft group `group` of replicated service `service`. */
export function serviceRequestSubject(system: string, service: string, group: string, rank: number): string {
  return `daos.${subjectToken(system, 'system')}.${serviceToken(service)}.${subjectToken(group, 'group')}.${rankToken(rank)}.req`;
}

/** Service-to-service requests to one replica: the operations of libs/api `INTERNAL_OPERATIONS`. */
export function serviceInternalSubject(system: string, service: string, group: string, rank: number): string {
  return `daos.${subjectToken(system, 'system')}.${serviceToken(service)}.${subjectToken(group, 'group')}.${rankToken(rank)}.internal`;
}

/** Where `operation` goes at one replica: its internal subject if it is internal, else its request subject. */
export function serviceOperationSubject(system: string, service: string, group: string, rank: number, operation: string): string {
  return isInternalOperation(operation) ? serviceInternalSubject(system, service, group, rank) : serviceRequestSubject(system, service, group, rank);
}

/** One-way raft traffic to one replica. */
export function serviceRaftSubject(system: string, service: string, group: string, rank: number): string {
  return `daos.${subjectToken(system, 'system')}.${serviceToken(service)}.${subjectToken(group, 'group')}.${rankToken(rank)}.raft`;
}

/** All raft traffic for the replicas on `rank`, every group of `service`: one subscription per process. */
export function serviceRaftInboxSubject(system: string, service: string, rank: number): string {
  return `daos.${subjectToken(system, 'system')}.${serviceToken(service)}.*.${rankToken(rank)}.raft`;
}

/** All requests for the replicas on `rank`, every group of `service`. */
export function serviceRequestInboxSubject(system: string, service: string, rank: number): string {
  return `daos.${subjectToken(system, 'system')}.${serviceToken(service)}.*.${rankToken(rank)}.req`;
}

/** All internal requests for the replicas on `rank`, every group of `service`. */
export function serviceInternalInboxSubject(system: string, service: string, rank: number): string {
  return `daos.${subjectToken(system, 'system')}.${serviceToken(service)}.*.${rankToken(rank)}.internal`;
}

/** The management service. */
export function mgmtRequestSubject(system: string): string {
  return `daos.${subjectToken(system, 'system')}.mgmt.req`;
}

/** Requests to one MS replica: `daos.<system>.ms.db.<rank>.req` (only the leader serves them). */
export function msReplicaSubject(system: string, rank: number): string {
  return serviceRequestSubject(system, MS_SERVICE, MS_GROUP, rank);
}

/** Any MS replica (a queue group): answers `mgmt.replicas` only, so a client can find the rest. */
export function msLocatorSubject(system: string): string {
  return mgmtRequestSubject(system);
}

/**
 * A member's control responder: `daos.<system>.control.member.<rank>.req`. Only the MS sends to
 * it (system stop/start, pings), so NATS permissions can keep clients off `daos.*.control.>`.
 */
export function memberControlSubject(system: string, rank: number): string {
  return serviceRequestSubject(system, 'control', 'member', rank);
}

/** IV traffic of `pool` addressed to `rank`. */
export function ivSubject(system: string, pool: string, rank: number): string {
  return `daos.${subjectToken(system, 'system')}.iv.${subjectToken(pool, 'pool')}.${rankToken(rank)}`;
}

/** All IV traffic addressed to `rank`, every pool: the one subscription of that rank's iv-cache process. */
export function ivInboxSubject(system: string, rank: number): string {
  return `daos.${subjectToken(system, 'system')}.iv.*.${rankToken(rank)}`;
}

/** The pool token of an IV subject (`daos.<system>.iv.<pool>.<rank>`); undefined if it is not one. */
export function parseIvSubject(subject: string): { readonly pool: string; readonly rank: number } | undefined {
  const t = subject.split('.');
  if (t.length !== 5 || t[0] !== 'daos' || t[2] !== 'iv' || !/^(0|[1-9]\d*)$/.test(t[4]!)) return undefined;
  const rank = Number(t[4]);
  return rank > 0xffff_fffe ? undefined : { pool: t[3]!, rank };
}

/** An engine target (`target` is the target index on that rank). */
export function engineSubject(system: string, rank: number, target: number): string {
  if (!Number.isSafeInteger(target) || target < 0) throw new InvalidError(`subject target must be a non-negative integer, got ${target}`);
  return `daos.${subjectToken(system, 'system')}.engine.${rankToken(rank)}.${target}`;
}

/**
 * Object I/O of clients on an engine target: a subject of its own (6 tokens) so NATS lets clients
 * publish here and not on the engine-internal target subject.
 */
export function engineIoSubject(system: string, rank: number, target: number): string {
  return `${engineSubject(system, rank, target)}.io`;
}

/** The control server (apps/server) of `host`: storage scan/format. `host` is one token (no dots). */
export function serverRequestSubject(system: string, host: string): string {
  return `daos.${subjectToken(system, 'system')}.server.${subjectToken(host, 'host')}.req`;
}

/**
 * Notices of the lock service (revoke, retry) to one client session: 5 tokens, so never a replica
 * subject (6). `notifyToken` is what the service derived from the session, not the client id.
 */
export function lockClientSubject(system: string, notifyToken: string): string {
  return `daos.${subjectToken(system, 'system')}.lock.client.${subjectToken(notifyToken, 'lock notify token')}`;
}

export type ServiceSubjectKind = 'req' | 'raft' | 'internal';

/** The parts of a replica subject (`...<group>.<rank>.req|raft|internal`). */
export interface ServiceSubject {
  readonly system: string;
  readonly service: string;
  readonly group: string;
  readonly rank: number;
  readonly kind: ServiceSubjectKind;
}

/** Parse a replica subject (e.g. one received on an inbox wildcard); undefined if it is not one. */
export function parseServiceSubject(subject: string): ServiceSubject | undefined {
  const t = subject.split('.');
  if (t.length !== 6 || t[0] !== 'daos' || (t[5] !== 'req' && t[5] !== 'raft' && t[5] !== 'internal')) return undefined;
  const [, system, service, group, rankText, kind] = t as [string, string, string, string, string, ServiceSubjectKind];
  if (RESERVED_SERVICES.has(service) || !/^(0|[1-9]\d*)$/.test(rankText)) return undefined;
  const rank = Number(rankText);
  if (rank > 0xffff_fffe) return undefined;
  return { system, service, group, rank, kind };
}

/**
 * The subject with its variable tokens named, for span names and metrics (low cardinality):
 * `daos.{system}.pool.{group}.{rank}.req`. Unknown shapes are returned as `daos.{system}.other`.
 */
export function subjectTemplate(subject: string): string {
  const s = parseServiceSubject(subject);
  if (s) return `daos.{system}.${s.service}.{group}.{rank}.${s.kind}`;
  const t = subject.split('.');
  if (t[0] === 'daos' && t.length === 4 && t[2] === 'mgmt' && t[3] === 'req') return 'daos.{system}.mgmt.req';
  if (t[0] === 'daos' && t.length === 5 && t[2] === 'iv') return 'daos.{system}.iv.{pool}.{rank}';
  if (t[0] === 'daos' && t.length === 5 && t[2] === 'engine') return 'daos.{system}.engine.{rank}.{target}';
  if (t[0] === 'daos' && t.length === 6 && t[2] === 'engine' && t[5] === 'io') return 'daos.{system}.engine.{rank}.{target}.io';
  if (t[0] === 'daos' && t.length === 5 && t[2] === 'server' && t[4] === 'req') return 'daos.{system}.server.{host}.req';
  if (t[0] === 'daos' && t.length === 5 && t[2] === 'lock' && t[3] === 'client') return 'daos.{system}.lock.client.{session}';
  return 'daos.{system}.other';
}
