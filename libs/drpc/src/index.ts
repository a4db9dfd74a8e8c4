export { CHUNK_HEADER_BYTES, type ChunkHeader, encodeChunkHeader, decodeChunkHeader, chunksFor, chunkDataBytesMax } from './chunk-header.js';
export { encodeChunks } from './chunk-encoder.js';
export { MessageAssembler } from './message-assembler.js';
export { type DrpcLimits, DEFAULT_DRPC_LIMITS, drpcLimits } from './drpc-limits.js';
export { DrpcStatus, DrpcStatusError, drpcStatusName, decodePayload } from './drpc-status.js';
export { DrpcHandlerTable, type DrpcHandler, type DrpcCallContext } from './drpc-handler-table.js';
export { type DrpcLog } from './drpc-server-connection.js';
export { DrpcServer, type DrpcServerOptions } from './drpc-server.js';
export { DrpcClient, type DrpcClientOptions, type DrpcResponse } from './drpc-client.js';
