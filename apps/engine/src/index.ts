export type { DssModule, RpcHandler, RpcHandlerTable, ModuleDrpcHandler, TlsKey, XstreamInfo, XstreamContext, XstreamRole, EngineControl } from './dss-module.js';
export { loadModules, ModuleLoadError, BUILTIN_MODULE_DIR } from './module-loader.js';
export { XstreamPool, DEFAULT_XSTREAM_LIMITS, type XstreamLimits, type XstreamPoolOptions } from './xstream-pool.js';
export { type EngineConfig, validateEngineConfig, TARGETS_MAX, OFFLOAD_XSTREAMS_MAX } from './engine-config.js';
export { Engine, EngineStartError, TARGET_OP, OBJ_IO_DEFAULTS, type EngineOptions, type ObjIoLimits } from './engine.js';
export { OBJ_MODULE_ID, ObjTgtOp } from './modules/obj-module.js';
export { MGMT_MODULE_ID, MgmtTgtOp } from './modules/mgmt-module.js';
