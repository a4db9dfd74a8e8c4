/** Limits of one target's object store. Every one is checked before anything is written. */
export interface VosLimits {
  /** Largest dkey or akey (DER_KEY2BIG beyond). */
  readonly keyBytesMax: number;
  /** Largest single value (DER_REC2BIG beyond). */
  readonly valueBytesMax: number;
  /** Most bytes of extents in one update (DER_REC2BIG beyond). */
  readonly updateBytesMax: number;
  /** Most extents in one update. */
  readonly updateExtentsMax: number;
  /** An array's highest byte: offset + length of any extent stays at or below it (DER_INVAL beyond). */
  readonly arrayOffsetMax: number;
  /** Most bytes one array read returns. */
  readonly readBytesMax: number;
  /** Most keys one listing page returns, whatever the caller asks. */
  readonly listItemsMax: number;
  /** Most key bytes one listing page returns. */
  readonly listBytesMax: number;
  /** What each stored record or punch costs in the space accounting on top of its keys and data. */
  readonly recordOverheadBytes: number;
}

export const DEFAULT_VOS_LIMITS: VosLimits = {
  keyBytesMax: 4096,
  valueBytesMax: 1 << 20,
  updateBytesMax: 4 << 20,
  updateExtentsMax: 256,
  arrayOffsetMax: 2 ** 50,
  readBytesMax: 4 << 20,
  listItemsMax: 1000,
  listBytesMax: 1 << 20,
  recordOverheadBytes: 64,
};
