// Test fixture: a module whose init fails, to prove the engine refuses to start.
import type { DssModule } from '../../src/dss-module.js';

const badinit: DssModule = {
  name: 'badinit',
  id: 90,
  version: 1,
  init() {
    throw new Error('no device found');
  },
};
export default badinit;
