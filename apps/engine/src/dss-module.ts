/**
 * A module of the engine (DAOS `struct dss_module`): a named unit with an id and a version that
 * the engine loads by name from its config. `init`/`fini` run once on the engine's main thread,
 * `setup`/`cleanup` once the xstreams run / before they stop. RPC handlers run on a target's
 * xstream (a worker thread); dRPC handlers on the main thread, which owns the dRPC socket.
 */
export interface DssModule {
  readonly name: string;
  /** Unique among loaded modules; addresses its RPCs in TargetReq.module. */
  readonly id: number;
  readonly version: number;
  init?(engine: EngineControl): void | Promise<void>;
  fini?(): void | Promise<void>;
  setup?(engine: EngineControl): void | Promise<void>;
  cleanup?(): void | Promise<void>;
  /** RPC handler tables for at most two protocol versions (DAOS sm_proto_fmt[2]). */
  readonly rpcHandlers?: readonly RpcHandlerTable[];
  /** dRPC handlers: module id on the dRPC wire, method -> handler. */
  readonly drpc?: { readonly module: number; readonly handlers: ReadonlyMap<number, ModuleDrpcHandler> };
  /** Thread-local storage keys: each xstream creates its own value of each key at start. */
  readonly tlsKeys?: readonly TlsKey<unknown>[];
}

export interface RpcHandlerTable {
  readonly version: number;
  readonly handlers: ReadonlyMap<number, RpcHandler>;
}

/** Runs on the target's xstream: single writer of that target's storage. Throw a DaosError to fail. */
export type RpcHandler = (body: Uint8Array, xs: XstreamContext) => Uint8Array | Promise<Uint8Array>;

export type ModuleDrpcHandler = (body: Uint8Array, engine: EngineControl) => Uint8Array | Promise<Uint8Array>;

export interface TlsKey<T> {
  readonly name: string;
  create(xs: XstreamInfo): T;
  destroy?(value: T): void;
}

export type XstreamRole = 'system' | 'main' | 'offload';

export interface XstreamInfo {
  /** Engine-wide xstream index: 0 is the system xstream. */
  readonly xsId: number;
  readonly role: XstreamRole;
  /** Target index; -1 on the system xstream. */
  readonly target: number;
  /** Where this engine keeps its data; a target keeps its own under `<dataDir>/tgt<target>`. */
  readonly dataDir: string;
}

export interface XstreamContext extends XstreamInfo {
  /** The engine's rank once SET_RANK set it, else undefined. */
  readonly rank: number | undefined;
  /** This xstream's value of a module's TLS key. */
  tls<T>(module: string, key: string): T;
}

/** What a module's main-thread code may ask of the engine. */
export interface EngineControl {
  readonly rank: number | undefined;
  readonly up: boolean;
  readonly targets: number;
  readonly xstreams: number;
  /** The engine's data directory (targets under `tgt<t>/`). */
  readonly dataDir: string;
  /** Whether the module named so is loaded. */
  hasModule(name: string): boolean;
  setRank(rank: number, incarnation: number): Promise<void>;
  setUp(): void;
  prepShutdown(): Promise<void>;
  /** Exits the process once the current dRPC response is written. */
  kill(why: string): void;
  /** Runs a module RPC on every target's main xstream; resolves with each reply, by target. */
  onEveryTarget(module: number, opcode: number, version: number, body: Uint8Array): Promise<Uint8Array[]>;
}
