import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidError } from '@daos-nats/base';
import { parseServerConfig } from './server-config.js';

const GOOD = `
name: lab
host: node0
access_points: [node0]
ms_replicas: [0, 1, 2]
nats_url: nats://127.0.0.1:4222
control_dir: /tmp/ctl
fault_path: /rack0/node0
engines:
  - targets: 4
    offload_xstreams: 1
    data_dir: /tmp/e0
`;

test('parses daos_server.yml fields with defaults', () => {
  const c = parseServerConfig(GOOD);
  assert.equal(c.system, 'lab');
  assert.deepEqual(c.msReplicas, [0, 1, 2]);
  assert.deepEqual(c.engines, [{ targets: 4, offloadXstreams: 1, dataDir: '/tmp/e0', modules: ['mgmt'] }]);
  assert.equal(parseServerConfig(GOOD.replace('fault_path: /rack0/node0\n', '')).faultDomain, '/node0');
});

test('every error names its field', () => {
  const cases: [string, RegExp][] = [
    [GOOD.replace('targets: 4', 'targets: 0'), /engines\[0\]\.targets must be an integer in \[1, 64\]/],
    [GOOD.replace('targets: 4', 'targets: "4"'), /engines\[0\]\.targets/],
    [GOOD.replace('host: node0', 'host: node0.lab'), /host must be/],
    [GOOD.replace('name: lab', 'name: ""'), /name must be/],
    [GOOD.replace('fault_path: /rack0/node0', 'fault_path: rack0'), /fault_path must be/],
    [GOOD.replace('ms_replicas: [0, 1, 2]', 'ms_replicas: [-1]'), /ms_replicas must be/],
    [GOOD + 'colour: blue\n', /unknown field colour/],
    [GOOD.replace(/engines:[\s\S]*$/, 'engines: []\n'), /engines must be a list of 1\.\.8 engines/],
    ['{ name: [', /not YAML/],
    ['- a\n- b\n', /must be a YAML mapping/],
  ];
  for (const [text, re] of cases) assert.throws(() => parseServerConfig(text), (e: Error) => e instanceof InvalidError && re.test(e.message), String(re));
});
