import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidError, SeededRng } from '@daos-nats/base';
import {
  ACCESS,
  AceSyntaxError,
  FLAG,
  PERM,
  PERM_ALL,
  describeAce,
  describePerms,
  formatAce,
  formatPrincipal,
  parseAce,
  parsePrincipal,
  isValidPrincipalName,
  type Ace,
  type Principal,
} from './index.js';

function syntaxError(input: string, position: number, pattern: RegExp) {
  return (e: unknown): boolean => {
    assert.ok(e instanceof AceSyntaxError, `an AceSyntaxError, got ${String(e)}`);
    assert.ok(e instanceof InvalidError, 'which is a DER_INVAL error');
    assert.equal(e.input, input);
    assert.equal(e.position, position, `position of "${e.problem}"`);
    assert.match(e.message, pattern);
    return true;
  };
}

test('the five principal kinds parse from their ACE strings', () => {
  assert.deepEqual(parseAce('A::OWNER@:rw'), { access: ACCESS.ALLOW, flags: 0, principal: { kind: 'owner' }, perms: PERM.READ | PERM.WRITE });
  assert.deepEqual(parseAce('A:G:GROUP@:rw').principal, { kind: 'owner-group' });
  assert.deepEqual(parseAce('A::user@:r').principal, { kind: 'user', name: 'user@' });
  assert.deepEqual(parseAce('A:G:group@:rw').principal, { kind: 'group', name: 'group@' });
  assert.deepEqual(parseAce('A::EVERYONE@:r').principal, { kind: 'everyone' });
  assert.deepEqual(parseAce('A::alice@example.com:r').principal, { kind: 'user', name: 'alice@example.com' });
});

test('every permission letter maps to its DAOS bit', () => {
  assert.equal(parseAce('A::OWNER@:rwcdtTaAo').perms, PERM_ALL);
  const expected: [string, number][] = [
    ['r', 1], ['w', 2], ['c', 4], ['d', 8], ['t', 16], ['T', 32], ['a', 64], ['A', 128], ['o', 256],
  ];
  for (const [letter, bit] of expected) assert.equal(parseAce(`A::OWNER@:${letter}`).perms, bit, letter);
  assert.equal(parseAce('A::OWNER@:').perms, 0, 'no permissions is a valid (denying) entry');
  assert.equal(describePerms(PERM.READ | PERM.SET_OWNER), 'Read/Set-Owner');
  assert.equal(describePerms(0), 'No-Access');
});

test('format is canonical and parse(format(x)) round trips', () => {
  const cases = [
    'A::OWNER@:rw',
    'A:G:GROUP@:rwtT',
    'A::user@:r',
    'A:G:group@:rwcdt',
    'A::EVERYONE@:',
    'AUL:GSFP:admins@lab:rwcdtTaAo',
    'U:S:bob@:w',
    'L:F:EVERYONE@:r',
    'A:P:OWNER@:rw',
  ];
  for (const s of cases) assert.equal(formatAce(parseAce(s)), s, s);
  assert.equal(formatAce(parseAce('A::OWNER@:wr')), 'A::OWNER@:rw', 'letters come out in DAOS order');
  assert.equal(formatAce(parseAce('A::OWNER@:rrw')), 'A::OWNER@:rw', 'repeated letters are harmless, as in DAOS');
  assert.equal(formatAce(parseAce('LA:SG:team@:r')), 'AL:GS:team@:r');
});

test('audit and alarm types are parsed and need a success or failure flag', () => {
  const ace = parseAce('AU:S:EVERYONE@:r');
  assert.equal(ace.access, ACCESS.ALLOW | ACCESS.AUDIT);
  assert.equal(ace.flags, FLAG.ACCESS_SUCCESS);
  assert.throws(() => parseAce('U::EVERYONE@:r'), syntaxError('U::EVERYONE@:r', 2, /need an S or F flag/));
  assert.throws(() => parseAce('A:S:EVERYONE@:r'), syntaxError('A:S:EVERYONE@:r', 2, /only go with audit/));
});

test('the group flag must match the principal: GROUP@ needs G, OWNER@ and EVERYONE@ refuse it', () => {
  assert.throws(() => parseAce('A::GROUP@:rw'), syntaxError('A::GROUP@:rw', 2, /GROUP@ is a group and needs the G flag/));
  assert.throws(() => parseAce('A:G:OWNER@:rw'), syntaxError('A:G:OWNER@:rw', 2, /not a group/));
  assert.throws(() => parseAce('A:G:EVERYONE@:r'), syntaxError('A:G:EVERYONE@:r', 2, /not a group/));
});

test('bad input says what was wrong and at which position', () => {
  assert.throws(() => parseAce('A::OWNER@:rx'), syntaxError('A::OWNER@:rx', 11, /invalid permission 'x'/));
  assert.throws(() => parseAce('X::OWNER@:r'), syntaxError('X::OWNER@:r', 0, /invalid access type 'X'/));
  assert.throws(() => parseAce('A:Q:OWNER@:r'), syntaxError('A:Q:OWNER@:r', 2, /invalid flag 'Q'/));
  assert.throws(() => parseAce('::OWNER@:r'), syntaxError('::OWNER@:r', 0, /missing access type/));
  assert.throws(() => parseAce('A::OWNER@'), syntaxError('A::OWNER@', 9, /4 fields .* found 3/));
  assert.throws(() => parseAce('A::a@b:c:r'), syntaxError('A::a@b:c:r', 8, /found 5/));
  assert.throws(() => parseAce('A::alice:r'), syntaxError('A::alice:r', 8, /no '@'/));
  assert.throws(() => parseAce('A::@lab:r'), syntaxError('A::@lab:r', 3, /a name before '@'/));
  assert.throws(() => parseAce('A::a@b@c:r'), syntaxError('A::a@b@c:r', 6, /second '@'/));
  assert.throws(() => parseAce('A:::r'), syntaxError('A:::r', 3, /empty principal name/));
  assert.throws(() => parseAce('A::a\u0000b@:r'), syntaxError('A::a\u0000b@:r', 4, /control character/));
  assert.throws(() => parseAce(''), AceSyntaxError);
});

test('principal names are limited to 255 bytes and ACE strings to 319 characters', () => {
  const name255 = `${'n'.repeat(254)}@`;
  assert.ok(isValidPrincipalName(name255));
  assert.ok(!isValidPrincipalName(`${'n'.repeat(255)}@`));
  assert.ok(!isValidPrincipalName(`${'é'.repeat(127)}@x`), 'bytes, not characters, are counted');
  assert.equal(parseAce(`A::${name255}:rw`).principal.kind, 'user');
  assert.throws(() => parseAce(`A::${'n'.repeat(255)}@:rw`), /more than 255/);
  assert.throws(() => parseAce(`A::OWNER@:${'r'.repeat(320)}`), /longer than 319/);
});

test('principals in CLI notation name the entry to update or delete, and round trip', () => {
  assert.deepEqual(parsePrincipal('u:alice@'), { kind: 'user', name: 'alice@' });
  assert.deepEqual(parsePrincipal('g:admins@lab'), { kind: 'group', name: 'admins@lab' });
  assert.deepEqual(parsePrincipal('OWNER@'), { kind: 'owner' });
  assert.deepEqual(parsePrincipal('GROUP@'), { kind: 'owner-group' });
  assert.deepEqual(parsePrincipal('EVERYONE@'), { kind: 'everyone' });
  for (const s of ['u:alice@', 'g:admins@lab', 'OWNER@', 'GROUP@', 'EVERYONE@']) assert.equal(formatPrincipal(parsePrincipal(s)), s);
  assert.throws(() => parsePrincipal('alice@'), syntaxError('alice@', 0, /u:<name@\[domain\]>/));
  assert.throws(() => parsePrincipal('u:alice'), syntaxError('u:alice', 7, /no '@'/));
});

test('the verbose form matches DAOS', () => {
  assert.equal(describeAce(parseAce('A::OWNER@:rw')), 'Allow::Owner:Read/Write');
  assert.equal(describeAce(parseAce('A:G:GROUP@:')), 'Allow:Group:Owner-Group:No-Access');
  assert.equal(describeAce(parseAce('AU:S:bob@:c')), 'Allow/Audit:Access-Success:bob@:Create-Container');
});

test('random valid entries round trip through their string form (2000 seeds)', () => {
  const kinds = ['owner', 'user', 'owner-group', 'group', 'everyone'] as const;
  for (let seed = 0; seed < 2000; seed++) {
    const rng = new SeededRng(seed);
    const kind = kinds[rng.int(kinds.length)]!;
    const name = `${'abcxyz_.-'.slice(rng.int(5), 6 + rng.int(3))}${rng.int(1000)}@${rng.chance(0.5) ? 'lab.example' : ''}`;
    const principal: Principal = kind === 'user' || kind === 'group' ? { kind, name } : { kind };
    const access = 1 + rng.int(7);
    const alert = (access & (ACCESS.AUDIT | ACCESS.ALARM)) !== 0;
    const alertFlags = alert ? [FLAG.ACCESS_SUCCESS, FLAG.ACCESS_FAIL, FLAG.ACCESS_SUCCESS | FLAG.ACCESS_FAIL][rng.int(3)]! : 0;
    const flags = alertFlags | (kind === 'group' || kind === 'owner-group' ? FLAG.GROUP : 0) | (rng.chance(0.2) ? FLAG.POOL_INHERIT : 0);
    const ace: Ace = { access, flags, principal, perms: rng.int(PERM_ALL + 1) };
    const s = formatAce(ace);
    assert.deepEqual(parseAce(s), ace, s);
    assert.equal(formatAce(parseAce(s)), s);
  }
});
