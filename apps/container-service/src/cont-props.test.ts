import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeOf, DER } from '@daos-nats/base';
import { changedPlainProp, initialPlainProps, labelProblem, PLAIN_PROPS } from './cont-props.js';

test('labels follow DAOS: 1..127 of [A-Za-z0-9_.:-], not a uuid, not the placeholder', () => {
  for (const ok of ['a', 'my-cont_1.2:3', 'x'.repeat(127)]) assert.equal(labelProblem(ok), undefined, ok);
  for (const bad of ['', 'x'.repeat(128), 'has space', 'slash/', '6f1d8a2c-3b4e-4c5d-9e6f-7a8b9c0d1e2f', 'container_label_not_set'])
    assert.notEqual(labelProblem(bad), undefined, bad);
});

test('every plain property starts at a default that its own parser accepts', () => {
  const props = initialPlainProps({});
  for (const [name, spec] of Object.entries(PLAIN_PROPS)) assert.equal(spec.parse(props[name]!), props[name], name);
});

test('given properties are canonical; unknown names and bad values are DER_INVAL naming them', () => {
  const p = initialPlainProps({ layout_type: 'POSIX', rd_fac: '2', ec_cell_sz: '1048576' });
  assert.equal(p['layout_type'], 'posix');
  assert.equal(p['rd_fac'], '2');
  for (const [name, value] of [['rd_fac', '5'], ['rd_fac', '-1'], ['rd_fac', '1.5'], ['ec_cell_sz', '3000'], ['cksum', 'md5'], ['whatever', '1']] as const) {
    let err: unknown;
    try {
      initialPlainProps({ [name]: value });
    } catch (e) {
      err = e;
    }
    assert.equal(codeOf(err), DER.INVAL, `${name}=${value}`);
    assert.match((err as Error).message, new RegExp(name));
  }
});

test('after creation only mutable properties change', () => {
  assert.equal(changedPlainProp('max_snapshot', '10'), '10');
  assert.equal(changedPlainProp('status', 'HEALTHY'), 'healthy');
  assert.throws(() => changedPlainProp('rd_fac', '1'), /fixed at creation/);
  assert.throws(() => changedPlainProp('nope', '1'), /unknown/);
});
