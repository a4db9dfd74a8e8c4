import { ivConfig, type IvConfig } from '@daos-nats/iv';

/** The environment variables of an iv-cache process that tune its cache (unit last, as IvConfig). */
export const IV_ENV: Readonly<Record<string, keyof IvConfig>> = {
  IV_TREE_FANOUT_MAX: 'treeFanoutMax',
  IV_ENTRY_LEASE_MS: 'entryLeaseMs',
  IV_REQUEST_TIMEOUT_MS: 'requestTimeoutMs',
  IV_UPDATE_TIMEOUT_MS: 'updateTimeoutMs',
  IV_SUSPECT_MS: 'suspectMs',
  IV_CLOCK_SLACK_MS: 'clockSlackMs',
  IV_ENTRIES_MAX: 'entriesMax',
  IV_CACHE_BYTES_MAX: 'cacheBytesMax',
};

/** IvConfig from the environment; throws InvalidError naming the variable for a bad value. */
export function ivConfigFromEnv(env: Readonly<Record<string, string | undefined>>): IvConfig {
  const over: Partial<Record<keyof IvConfig, number>> = {};
  for (const [name, field] of Object.entries(IV_ENV)) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${JSON.stringify(text)}`);
    over[field] = n;
  }
  return ivConfig(over);
}
