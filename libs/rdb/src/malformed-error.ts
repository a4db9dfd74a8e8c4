import { InvalidError } from '@daos-nats/base';

/** Bytes from the wire or disk that do not decode: DER_INVAL, naming what and where. */
export class MalformedError extends InvalidError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedError';
  }
}
