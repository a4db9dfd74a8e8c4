import type { XstreamRole } from './dss-module.js';

/** workerData of an xstream. */
export interface XstreamInit {
  readonly xsId: number;
  readonly role: XstreamRole;
  readonly target: number;
  readonly dataDir: string;
  readonly modules: readonly string[];
  readonly moduleDir: string;
}

export type ToXstream =
  | { readonly kind: 'rpc'; readonly id: number; readonly module: number; readonly opcode: number; readonly version: number; readonly body: Uint8Array }
  | { readonly kind: 'rank'; readonly rank: number };

export type FromXstream =
  | { readonly kind: 'ready' }
  | { readonly kind: 'reply'; readonly id: number; readonly status: number; readonly message: string; readonly body: Uint8Array };
