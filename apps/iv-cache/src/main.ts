// The iv-cache process of one rank; its environment and wiring are in iv-cache-process.ts.
import { runIvCacheProcess } from './iv-cache-process.js';

await runIvCacheProcess();
