// Test fixture: an RPC whose handler schedules a throw outside any promise, killing its xstream.
import type { DssModule } from '../../src/dss-module.js';

export const CRASH_MODULE_ID = 91;
const crash: DssModule = {
  name: 'crash',
  id: CRASH_MODULE_ID,
  version: 1,
  rpcHandlers: [
    {
      version: 1,
      handlers: new Map([
        [1, () => {
          setImmediate(() => {
            throw new Error('xstream bug');
          });
          return new Uint8Array();
        }],
      ]),
    },
  ],
};
export default crash;
