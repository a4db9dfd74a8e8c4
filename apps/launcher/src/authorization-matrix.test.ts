// The authorization matrix (libs/auth/src/authorization-matrix.ts) against a real nats-server
// configured the way `npm start` configures it: anonymous is refused, and every role can do
// exactly what the table allows, no more.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import { AUTHORIZATION_MATRIX, MATRIX_ACTORS, OPERATION_ACCESS, ROLE_NAMES, type Role, type RoleSecret } from '@daos-nats/auth';
import { INTERNAL_OPERATIONS } from '@daos-nats/api';
import { DER, DaosError } from '@daos-nats/base';
import { connectBus, engineSubject, engineIoSubject, serviceInternalSubject, ivSubject, lockClientSubject, memberControlSubject, mgmtRequestSubject, msReplicaSubject, serverRequestSubject, serviceRaftSubject, serviceRequestSubject, type Bus } from '@daos-nats/bus';
import { createLogger } from '@daos-nats/telemetry';
import { NatsServer } from '@daos-nats/testkit';
import { prepareSystemAuth } from './system-auth-files.js';

let dir: string;
let nats: NatsServer;
let secrets: ReadonlyMap<string, RoleSecret>;
// Refusals are expected here by the hundred: keep the test's output to its results.
const log = createLogger({ service: 'matrix', level: 'silent' });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'authz-'));
  const files = await prepareSystemAuth(dir, 'S', join(dir, 'nats'), ['alice', 'bob']);
  secrets = files.secrets;
  nats = await NatsServer.start({ args: ['-c', files.configFile] });
});
after(async () => {
  await nats?.[Symbol.asyncDispose]();
  await rm(dir, { recursive: true, force: true });
});

/** A role's NATS user; the `client` actor is client alice (`client-alice`), `bob` another client. */
const connectAs = (role: Role | 'bob'): Promise<Bus> => {
  const s = secrets.get(role === 'client' ? 'client-alice' : role === 'bob' ? 'client-bob' : role)!;
  return connectBus({ name: `matrix-${role}`, servers: nats.url, user: s.user, pass: s.password, log });
};

test('the matrix names its subjects exactly as libs/bus/src/subjects.ts builds them', () => {
  const built = new Set([
    msReplicaSubject('S', 3), serviceRequestSubject('S', 'pool', 'G', 3), serviceRequestSubject('S', 'cont', 'G', 3), mgmtRequestSubject('S'),
    memberControlSubject('S', 3), serviceRequestSubject('S', 'lock', 'G', 3),
    serviceInternalSubject('S', 'ms', 'db', 3), serviceInternalSubject('S', 'pool', 'G', 3), serviceInternalSubject('S', 'cont', 'G', 3), serviceInternalSubject('S', 'lock', 'G', 3),
    serviceRaftSubject('S', 'ms', 'db', 3), serviceRaftSubject('S', 'pool', 'G', 3), serviceRaftSubject('S', 'cont', 'G', 3), serviceRaftSubject('S', 'lock', 'G', 3),
    ivSubject('S', 'G', 3), engineSubject('S', 3, 0), engineIoSubject('S', 3, 0), lockClientSubject('S', 'T'), serverRequestSubject('S', 'H'),
  ]);
  for (const row of AUTHORIZATION_MATRIX) {
    const subject = row.action.slice(4);
    if (subject.startsWith('daos.S.')) assert.ok(built.has(subject), `${row.action}: not a subject subjects.ts builds`);
  }
  assert.deepEqual([...MATRIX_ACTORS].sort(), ['anonymous', ...ROLE_NAMES].sort(), 'every role is in the matrix');
});

test('anonymous and wrong-password connections are refused', async () => {
  await assert.rejects(connectBus({ name: 'anon', servers: nats.url, log }), /Authorization|authorization/);
  await assert.rejects(connectBus({ name: 'guess', servers: nats.url, user: 'admin', pass: 'guess', log }), /Authorization|authorization/);
  assert.ok(AUTHORIZATION_MATRIX.every((r) => !r.allowed.includes('anonymous')), 'anonymous may do nothing');
});

test('every role can do exactly what the matrix allows', async () => {
  const wrong: string[] = [];
  for (const role of ROLE_NAMES) {
    const bus = await connectAs(role);
    try {
      for (const row of AUTHORIZATION_MATRIX) {
        const before = bus.stats.permissionViolations;
        const subject = row.action.slice(4);
        if (row.action.startsWith('pub ')) bus.publish(subject, new Uint8Array([1]), { trace: false });
        else await bus.subscribe(subject, () => undefined);
        // The server answers in order: a refusal arrives before the flush's PONG.
        await bus.flush();
        await tick();
        const allowed = bus.stats.permissionViolations === before;
        if (allowed !== row.allowed.includes(role)) wrong.push(`${role}: ${row.action} ${allowed ? 'allowed' : 'refused'}, the matrix says ${allowed ? 'refused' : 'allowed'}`);
      }
    } finally {
      await bus.drain();
    }
  }
  assert.deepEqual(wrong, []);
});

test('a role receives its replies on its own inbox prefix', async () => {
  const client = await connectAs('client');
  const pool = await connectAs('pool');
  try {
    // A pool-service responder answering a client's request: the reply reaches _INBOX.client.<id>.
    await pool.serve(serviceRequestSubject('S', 'pool', 'G', 3), { 'pool.echo': (req) => req.body });
    const rep = await client.request(serviceRequestSubject('S', 'pool', 'G', 3), 'pool.echo', new Uint8Array([7]), { timeoutMs: 5_000 });
    assert.deepEqual([...rep], [7]);
    assert.equal(client.stats.permissionViolations, 0);
  } finally {
    await client.drain();
    await pool.drain();
  }
});

test('every internal operation is service-only in the operation table (the subject split and the credential gate agree)', () => {
  for (const op of INTERNAL_OPERATIONS) assert.equal(OPERATION_ACCESS.get(op), 'service', op);
  // member.* and server.* travel on control subjects of their own (a member's, a host's control
  // server's), which no client may publish to: they need no .internal subject.
  const serviceOnly = [...OPERATION_ACCESS].filter(([op, a]) => a === 'service' && !op.startsWith('member.') && !op.startsWith('server.')).map(([op]) => op);
  assert.deepEqual(serviceOnly.sort(), [...INTERNAL_OPERATIONS].sort(), 'member.* and server.* aside (control subjects), service-only operations are exactly the internal ones');
});

test('a client cannot read another client\'s replies: its subscription there is refused and sees nothing', async () => {
  const alice = await connectAs('client');
  const bob = await connectAs('bob');
  const pool = await connectAs('pool');
  try {
    await pool.serve(serviceRequestSubject('S', 'pool', 'G', 4), { 'pool.echo': (req) => req.body });
    const seen: string[] = [];
    for (const spy of ['_INBOX.client-bob.>', '_INBOX.>', '_INBOX.*.>', '>']) {
      const before = alice.stats.permissionViolations;
      await alice.subscribe(spy, (m) => void seen.push(m.subject));
      await alice.flush();
      await tick();
      assert.equal(alice.stats.permissionViolations, before + 1, `alice may not subscribe to ${spy}`);
    }
    const rep = await bob.request(serviceRequestSubject('S', 'pool', 'G', 4), 'pool.echo', new Uint8Array([9]), { timeoutMs: 5_000 });
    assert.deepEqual([...rep], [9], 'bob gets his reply');
    await alice.flush();
    assert.deepEqual(seen, [], 'alice saw none of it');
  } finally {
    await alice.drain();
    await bob.drain();
    await pool.drain();
  }
});

test('a request to a subject the role may not publish to is DER_NO_PERM with a sentence, not a timeout', async () => {
  const client = await connectAs('client');
  try {
    for (const subject of [serviceRaftSubject('S', 'pool', 'G', 3), memberControlSubject('S', 3), serviceInternalSubject('S', 'ms', 'db', 3), serviceInternalSubject('S', 'pool', 'G', 3)]) {
      await assert.rejects(client.request(subject, 'member.stop', new Uint8Array(0), { timeoutMs: 120_000 }), (e: unknown) => {
        assert.ok(e instanceof DaosError, String(e));
        assert.equal(e.code, DER.NO_PERM);
        assert.match(e.message, new RegExp(`not permitted to publish to ${subject.replaceAll('.', '\\.')}`));
        return true;
      });
    }
  } finally {
    await client.drain();
  }
});
