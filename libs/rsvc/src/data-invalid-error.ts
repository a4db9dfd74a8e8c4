import { DaosError, DER } from '@daos-nats/base';

/** A file of ours on disk is corrupt or of an unknown format (DER_DF_INVAL): refuse to go on. */
export class DataInvalidError extends DaosError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(DER.DF_INVAL, message, options);
    this.name = 'DataInvalidError';
  }
}
