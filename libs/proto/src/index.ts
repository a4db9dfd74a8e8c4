// The wire format, generated from proto/ (see README.md). Import order matters: int64.js
// configures the shared protobufjs runtime before the generated code loads.
export { WireIntegerError, WIRE_INT64_MAX } from './int64.js';
export { daos } from './gen/proto.js';
