export {
  operation,
  UNINITIALIZED,
  type ServiceClass,
  type OperationSpec,
  type HandlerContext,
  type LeaderContext,
  type LeaderCalls,
  type LeaderTerm,
  type GroupTerm,
  type ClientOp,
  type ReplicaChange,
} from './service-class.js';
export { RsvcHost, type RsvcHostOptions, type StartGroupRequest, type StopGroupRequest } from './rsvc-host.js';
export { ServiceGroup, RSVC_TRACER, type GroupState, type ServiceGroupOptions } from './service-group.js';
export { attributeOperations, attributeOperationsWith, ATTR_NAME_BYTES_MAX, ATTRS_PER_REQUEST_MAX, ATTR_LIST_PAGE_NAMES_MAX } from './attributes.js';
export {
  readAttributeUsage,
  attributeBytes,
  defaultAttributeLimits,
  ATTRS_PER_OBJECT_MAX_DEFAULT,
  ATTR_BYTES_PER_OBJECT_MAX_DEFAULT,
  type AttributeLimits,
  type AttributeUsage,
} from './attribute-usage.js';
export { rsvcConfig, defaultRsvcConfig, type RsvcConfig } from './rsvc-config.js';
export { clientOpKey, CLIENT_ID_BYTES } from './client-op-key.js';
export { RSVC_KEY, OPS_PATH, ATTRS_PATH } from './rsvc-layout.js';
export { FenceStore, type GroupFence } from './fence-store.js';
export { DataInvalidError } from './data-invalid-error.js';
export type {
  RsvcTransport,
  RsvcEndpoint,
  RsvcReplicaAddress,
  RsvcServeLimits,
  RsvcServeOptions,
  RsvcAuthorizedRequest,
  RsvcCallOptions,
  RsvcRequest,
  RsvcReply,
  RsvcHandler,
  RsvcServer,
  RsvcRaftLink,
} from './rsvc-transport.js';
export { MemoryRsvcNetwork, MEMORY_RAFT_MESSAGE_BYTES_MAX, type ScheduleFn } from './memory-rsvc-network.js';
