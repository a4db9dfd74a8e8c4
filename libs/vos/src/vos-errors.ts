import { DaosError, DER } from '@daos-nats/base';

/** A dkey or akey longer than `keyBytesMax` (DER_KEY2BIG). */
export class KeyTooBigError extends DaosError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(DER.KEY2BIG, message, options);
    this.name = 'KeyTooBigError';
  }
}

/** A value or an update larger than its limit (DER_REC2BIG). */
export class RecordTooBigError extends DaosError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(DER.REC2BIG, message, options);
    this.name = 'RecordTooBigError';
  }
}
