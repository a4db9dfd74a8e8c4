export { type ServerConfig, type EngineSection, parseServerConfig, loadServerConfig, ENGINES_PER_SERVER_MAX, TARGETS_PER_ENGINE_MAX, OFFLOAD_XSTREAMS_MAX } from './server-config.js';
export { type Superblock, readSuperblock, writeSuperblock, newSuperblock, superblockPath, SUPERBLOCK_FILE } from './superblock.js';
export { EngineHarness, DEFAULT_HARNESS_LIMITS, type HarnessLimits } from './engine-harness.js';
export { EngineInstance, type EngineState } from './engine-instance.js';
export { ControlServer } from './control-server.js';
