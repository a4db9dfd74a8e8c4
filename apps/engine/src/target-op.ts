import { defineOperation } from '@daos-nats/bus';
import { daos } from '@daos-nats/proto';

/** A request to one target on daos.<system>.engine.<rank>.<target>: runs on that target's main xstream. */
export const TARGET_OP = defineOperation('engine.target', daos.engine.v1.TargetReq, daos.engine.v1.TargetRep);
