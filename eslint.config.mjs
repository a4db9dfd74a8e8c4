// Lint = the layering of /work/shared/DESIGN.md §2, enforced (not style: formatting is Prettier's,
// run by `npm run format`, and lint never depends on it). Each project's tags live in its
// package.json ("nx": {"tags": [...]}; tools/campaign: project.json): `scope:<name>` says which layer it is,
// `type:lib|app|testkit|tool` what kind. `nx run-many -t lint` / `nx affected -t lint` run this per project (inferred by
// @nx/eslint/plugin in nx.json).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Workspace projects a layer may import (besides itself); everything else is an error. */
const layers = {
  'scope:base': [],
  'scope:proto': [],
  'scope:raft': ['scope:base'],
  'scope:rdb': ['scope:base', 'scope:raft', 'scope:proto'],
  'scope:telemetry': [],
  'scope:bus': ['scope:base', 'scope:proto', 'scope:telemetry', 'scope:api'],
  'scope:api': ['scope:base', 'scope:proto'],
  // Security (issue 10): roles, NATS permissions, signed credentials, the request gate; node builtins only.
  'scope:auth': ['scope:base', 'scope:proto'],
  'scope:dc-rsvc': ['scope:base', 'scope:proto', 'scope:telemetry'],
  'scope:acl': ['scope:base'],
  // rsvc declares the transport it needs (rsvc-transport.ts); libs/bus implements it.
  'scope:rsvc': ['scope:base', 'scope:rdb', 'scope:proto', 'scope:telemetry', 'scope:api', 'scope:dc-rsvc'],
  // client: today member takes its operation tables from libs/client (they move to libs/api).
  'scope:member': ['scope:base', 'scope:bus', 'scope:proto', 'scope:telemetry', 'scope:api', 'scope:client'],
  'scope:client': ['scope:base', 'scope:bus', 'scope:proto', 'scope:telemetry', 'scope:dc-rsvc', 'scope:acl', 'scope:api', 'scope:auth', 'scope:placement'],
  // telemetry: dmg and daos start it (one trace per command, issue 18).
  'scope:cli': ['scope:base', 'scope:client', 'scope:api', 'scope:telemetry'],
  // The process runner: what every service main.ts wires (bus, membership, rsvc host, telemetry).
  'scope:service-kit': ['scope:base', 'scope:bus', 'scope:member', 'scope:rsvc', 'scope:rdb', 'scope:telemetry', 'scope:api', 'scope:client', 'scope:proto', 'scope:auth'],
  // The lock service's caching client: sessions over a ServiceCaller, notices on the bus.
  'scope:lock-client': ['scope:base', 'scope:bus', 'scope:proto', 'scope:api', 'scope:client', 'scope:dc-rsvc'],
  // dRPC (a server and its engines over a unix socket): frames and Call/Response, nothing else.
  'scope:drpc': ['scope:base', 'scope:proto'],
  // Incast variables: the pure core (transport, clock injected) and its NATS wiring (over libs/bus).
  'scope:iv': ['scope:base'],
  'scope:iv-nats': ['scope:base', 'scope:proto', 'scope:bus', 'scope:api', 'scope:iv'],
  // The versioned object store of a target (issue 15): the second, deliberate SQLite importer
  // (one file per target, written by the target's xstream only; not a replicated database).
  'scope:vos': ['scope:base'],
  // Placement and HLC epochs: pure, shared by the client and the engine (no I/O, clock injected).
  'scope:placement': ['scope:base'],
};

/** npm packages a layer may import; `undefined` = any but the banned ones below. */
const externals = {
  'scope:base': [],
  'scope:proto': ['protobufjs', 'protobufjs/*'],
  'scope:raft': [],
  'scope:rdb': ['better-sqlite3'],
  'scope:telemetry': ['@opentelemetry/*', 'pino'],
  'scope:bus': ['@nats-io/*', '@opentelemetry/api'],
  'scope:api': [],
  'scope:auth': [],
  'scope:dc-rsvc': ['@opentelemetry/*'],
  'scope:acl': [],
  'scope:rsvc': ['@opentelemetry/api'],
  'scope:member': ['@opentelemetry/api'],
  'scope:client': ['@opentelemetry/api'],
  'scope:cli': ['commander', 'cli-table3', '@opentelemetry/api'],
  'scope:service-kit': ['@opentelemetry/api'],
  'scope:lock-client': [],
  'scope:drpc': [],
  'scope:iv': [],
  'scope:iv-nats': [],
  'scope:vos': ['better-sqlite3'],
  'scope:placement': [],
};

/** Only bus talks NATS and only rdb talks SQLite; test kits (tests only) may do anything. */
const NATS_AND_SQLITE = ['@nats-io/*', 'better-sqlite3'];

const depConstraints = [
  ...Object.entries(layers).map(([sourceTag, allowed]) => ({
    sourceTag,
    // Any lib's tests may use the test kits; production files may not (no-restricted-imports below).
    onlyDependOnLibsWithTags: [sourceTag, ...allowed, 'type:testkit'],
    allowedExternalImports: externals[sourceTag],
  })),
  { sourceTag: 'type:lib', notDependOnLibsWithTags: ['type:app', 'type:tool', 'type:bench'] },
  // Tools (tools/campaign) drive whole service processes from the test side: any lib, test kit or
  // app (through its package, e.g. @daos-nats/kv-example/test/kv-cluster); nothing imports a tool.
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:testkit', 'type:app'], bannedExternalImports: NATS_AND_SQLITE },
  // Benchmarks (bench/) drive whole systems like tools, and also talk to the peer systems they are
  // compared with through those systems' own clients (JetStream KV through @nats-io/*, etcd through
  // etcd3): a peer's client, not our stack's NATS access, so the NATS ban does not apply.
  { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:lib', 'type:testkit', 'type:app'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:testkit'], bannedExternalImports: NATS_AND_SQLITE },
  { sourceTag: 'type:testkit', onlyDependOnLibsWithTags: ['type:lib', 'type:testkit'] },
];

/** The only rsvc files allowed to import libs/bus: the integration test of rsvc over the real NATS transport. */
const RSVC_NATS_FILES = ['libs/rsvc/src/rsvc-host.test.ts', 'libs/rsvc/test/**'];

/** Files that are test support, not production code (item 6 of issue 9 moves them out of src/). */
const TEST_FILES = ['**/*.test.ts', '**/test/**', '**/testing/**', 'libs/testkit/**', 'libs/rdb-testkit/**', 'bench/**', 'tools/**'];

export default [
  { ignores: ['**/dist', '**/node_modules', '**/out-tsc', 'libs/proto/src/gen/**', '.nx/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints, checkDynamicDependenciesExceptions: [] },
      ],
      // A few correctness rules; tsc (strict, noUnused*) covers the rest.
      'no-debugger': 'error',
      'no-control-regex': 'error',
      'no-dupe-keys': 'error',
      'no-self-compare': 'error',
      'no-unsafe-finally': 'error',
      'no-unreachable': 'error',
      '@typescript-eslint/no-misused-new': 'error',
      '@typescript-eslint/prefer-namespace-keyword': 'error',
    },
  },
  {
    files: RSVC_NATS_FILES,
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          checkDynamicDependenciesExceptions: [],
          depConstraints: depConstraints.map((c) =>
            c.sourceTag === 'scope:rsvc' ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'scope:bus', 'scope:client'] } : c,
          ),
        },
      ],
    },
  },
  {
    // Production code never imports the test kits.
    files: ['**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@daos-nats/testkit', '@daos-nats/rdb-testkit'], message: 'test kits are for tests only (*.test.ts)' }] },
      ],
    },
  },
  {
    // Raft is a pure state machine (DESIGN.md §2): no I/O, no timers, no clock, no randomness of its own.
    files: ['libs/raft/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'net', 'child_process', 'timers'], message: 'libs/raft does no I/O: pure state machine' }] }],
      'no-restricted-globals': [
        'error',
        ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'process', 'Date', 'Promise'].map((name) => ({
          name,
          message: 'libs/raft is pure: time and scheduling come from tick(), randomness from the injected Rng',
        })),
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'use the injected Rng' }],
    },
  },
];
