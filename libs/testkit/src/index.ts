export { NatsServer, startNatsServer, findNatsServer, type NatsServerOptions } from './nats-server.js';
export { spawnChild, ChildHandle, withDeadline, type SpawnChildOptions, type ChildExit } from './child-process.js';
export { tempDir, type TempDir } from './temp-dir.js';
export { waitFor, type WaitForOptions } from './wait-for.js';
