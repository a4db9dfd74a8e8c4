// The contracts and their codec helpers live in @daos-nats/api; re-exported for the bus's users.
export { decodeMessage, defineOperation, encodeMessage, type MessageCodec, type OperationDef } from '@daos-nats/api';
