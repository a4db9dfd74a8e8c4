// Which IV cache a server process uses: a rank given outright, or `self`, the process's own member
// rank (what `npm start` sets: it runs one iv-cache per member rank, and a member learns its rank
// only when it has joined, after its environment was read).
import { InvalidError, type Rng } from '@daos-nats/base';
import type { Bus } from '@daos-nats/bus';
import { IvClient, type IvClientOptions } from './iv-client.js';

export type IvRankSetting = number | 'self';

/** `IV_RANK`: unset or empty (no IV), `self`, or a rank. Throws InvalidError naming the value. */
export function parseIvRank(text: string | undefined): IvRankSetting | undefined {
  if (text === undefined || text === '') return undefined;
  if (text === 'self') return 'self';
  const n = Number(text);
  if (!/^(0|[1-9]\d*)$/.test(text) || n > 0xffff_fffe) throw new InvalidError(`IV_RANK must be a rank or "self", got ${JSON.stringify(text)}`);
  return n;
}

/**
 * The IvClient of `setting`, made on first use: `ownRank()` is read then (a member's rank is -1
 * until it joined; asking before is a bug of the caller and throws InvalidError).
 */
export function lazyIvClient(bus: Bus, system: string, setting: IvRankSetting, ownRank: () => number, rng: Rng, opts: Partial<IvClientOptions> = {}): () => IvClient {
  let client: IvClient | undefined;
  return () => {
    if (client) return client;
    const rank = setting === 'self' ? ownRank() : setting;
    if (rank < 0) throw new InvalidError('IV_RANK=self: this process has no rank yet (it has not joined)');
    client = new IvClient(bus, system, rank, rng, opts);
    return client;
  };
}
