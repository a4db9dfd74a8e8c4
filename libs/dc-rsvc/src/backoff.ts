import { assert, type Rng } from '@daos-nats/base';

export interface BackoffConfig {
  /** Retries sent at once before any delay (DAOS `nzeros`): following a fresh hint should not wait. */
  readonly backoffImmediateRetries: number;
  /** Upper bound of the first non-zero delay. */
  readonly backoffInitialMs: number;
  /** Each delay bound is the previous one times this. */
  readonly backoffFactor: number;
  /** Delay bounds stop growing here. */
  readonly backoffMaxMs: number;
}

export const DEFAULT_BACKOFF_CONFIG: BackoffConfig = {
  backoffImmediateRetries: 1,
  backoffInitialMs: 8,
  backoffFactor: 2,
  backoffMaxMs: 4000,
};

export function checkBackoffConfig(c: BackoffConfig): void {
  assert(Number.isSafeInteger(c.backoffImmediateRetries) && c.backoffImmediateRetries >= 0, `backoffImmediateRetries must be an integer >= 0, got ${c.backoffImmediateRetries}`);
  assert(c.backoffInitialMs > 0, `backoffInitialMs must be > 0, got ${c.backoffInitialMs}`);
  assert(c.backoffFactor >= 1, `backoffFactor must be >= 1, got ${c.backoffFactor}`);
  assert(c.backoffMaxMs >= c.backoffInitialMs, `backoffMaxMs ${c.backoffMaxMs} must be >= backoffInitialMs ${c.backoffInitialMs}`);
}

/**
 * The delays between the attempts of one call (DAOS `d_backoff_seq`): a few zeros, then a random
 * delay in [0, bound] with the bound growing geometrically to a cap. Full jitter spreads the
 * retries of many clients that all lost the same leader at the same moment.
 */
export class BackoffSequence {
  private zerosLeft: number;
  private boundMs: number;

  constructor(
    private readonly config: BackoffConfig,
    private readonly rng: Rng,
  ) {
    checkBackoffConfig(config);
    this.zerosLeft = config.backoffImmediateRetries;
    this.boundMs = config.backoffInitialMs;
  }

  /** The next delay in milliseconds (an integer). */
  nextMs(): number {
    if (this.zerosLeft > 0) {
      this.zerosLeft--;
      return 0;
    }
    const bound = this.boundMs;
    this.boundMs = Math.min(this.boundMs * this.config.backoffFactor, this.config.backoffMaxMs);
    const delay = Math.round(bound * this.rng.float());
    assert(delay >= 0 && delay <= this.config.backoffMaxMs, `delay ${delay} within [0, ${this.config.backoffMaxMs}]`);
    return delay;
  }

  /** The current bound, for spans and logs. */
  get currentBoundMs(): number {
    return this.zerosLeft > 0 ? 0 : this.boundMs;
  }
}
