export { VosTarget, type VosOpenOptions, type VosUpdate, type VosPunch, type VosSpace, type VosListPage, type AggregateResult } from './vos-target.js';
export { DEFAULT_VOS_LIMITS, type VosLimits } from './vos-limits.js';
export { KeyTooBigError, RecordTooBigError } from './vos-errors.js';
export { neededVersions, type VersionRec } from './needed-versions.js';
export { OID_PATTERN } from './vos-validate.js';
export { VosRebuildIo, RebuildKind, type RebuildRecord, type RebuildDkeyRef } from './vos-rebuild.js';
