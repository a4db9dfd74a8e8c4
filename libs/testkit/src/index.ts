export { NatsServer, startNatsServer, findNatsServer, type NatsServerOptions } from './nats-server.js';
export { spawnChild, ChildHandle, withDeadline, type SpawnChildOptions, type ChildExit } from './child-process.js';
export { tempDir, type TempDir } from './temp-dir.js';
export { waitFor, type WaitForOptions } from './wait-for.js';
export { TestSystem, REPO_ROOT, type TestSystemOptions, type SystemRecord, type SystemProcessRecord } from './system-fixture.js';
export { runCli, asUser, type CliResult, type CliRunOptions } from './system-cli.js';
export * from './linearizability/index.js';
export { withVirtualTime, type VirtualTimeOptions } from './virtual-time.js';
