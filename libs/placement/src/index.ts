export { OBJECT_CLASSES, objectClassById, objectClassByName, type ObjectClass } from './object-class.js';
export { makeOid, parseOid, type Oid } from './oid.js';
export { TargetState, placeable, checkMapVersion, type PlacementMap, type TargetAddr } from './pool-map.js';
export { placeObject, groupCount, groupOfDkey, targetsOfDkey, type Layout } from './placement.js';
export { Hlc, HlcSyncError, hlcPhysicalMs, HLC_LOGICAL_BITS, HLC_BASE_MS, type HlcOptions } from './hlc.js';
export { hash32 } from './hash32.js';
