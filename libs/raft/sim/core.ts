import type { Rng } from '@daos-nats/base';
import { RawNode, type Config, type RaftNode, type Storage, type TestingKnobs } from '../src/index.js';

export { decodeConfChange } from '../src/index.js';

/** Switches that plant known bugs in the core, so the simulator can prove it finds them. */
export type CoreKnobs = TestingKnobs;

/** The one place the simulator names the implementation it proves. */
export function createRaftNode(config: Partial<Config> & Pick<Config, 'id'>, storage: Storage, rng: Rng, knobs: CoreKnobs): RaftNode {
  return new RawNode(config, storage, rng, knobs);
}
