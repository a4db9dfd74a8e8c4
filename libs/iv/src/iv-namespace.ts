import { IvTree } from './tree.js';
import type { IvNamespaceDesc } from './messages.js';

/** What one cache knows of one namespace. */
export class IvNamespace {
  private descNow: IvNamespaceDesc;
  private treeNow: IvTree;
  /** Root only: the ranks of the claim (the pool map's and the leader's); `widen` adds to these, never removes them. */
  readonly claimedRanks: readonly number[];
  /** Root only: ranks left the namespace whose caches may hold leases until then: a revocation waits for it. */
  departedLeasesUntilMs = 0;
  /** Root only: set when a higher term deposed this root or the leader stepped down. */
  stopped = false;
  /** Root only: no fetch is answered before this, so every lease of the previous root has run out. */
  readyAtMs = 0;
  /** Root only: the latest time any lease this root granted (directly or through the tree) can run to. */
  leaseHorizonMs = 0;
  /** Root only: one update at a time per key. */
  readonly keyLocks = new Map<string, Promise<void>>();
  /** Root only: keys between revocation and commit: no lease is granted on them and nothing cached. */
  readonly revoking = new Set<string>();

  constructor(
    desc: IvNamespaceDesc,
    readonly self: number,
    private readonly fanoutMax: number,
  ) {
    this.descNow = desc;
    this.claimedRanks = desc.ranks;
    this.treeNow = new IvTree(desc.root, desc.ranks, fanoutMax);
  }

  get desc(): IvNamespaceDesc {
    return this.descNow;
  }

  get tree(): IvTree {
    return this.treeNow;
  }

  /**
   * Root only: the same term and root over other ranks. In place, not a new object, so updates
   * in flight keep their key locks and revocation marks.
   */
  reshape(ranks: readonly number[]): void {
    this.descNow = { ...this.descNow, ranks };
    this.treeNow = new IvTree(this.descNow.root, ranks, this.fanoutMax);
  }

  get isRoot(): boolean {
    return this.desc.root === this.self;
  }

  get pool(): string {
    return this.desc.pool;
  }

  get term(): number {
    return this.desc.term;
  }

  /**
   * Take the lock of key `id` (one update at a time, from revocation through its push, so a
   * push of one version can never land after the revocation of the next); call the returned
   * function to release it.
   */
  async lockKey(id: string): Promise<() => void> {
    while (this.keyLocks.has(id)) await this.keyLocks.get(id);
    let release!: () => void;
    this.keyLocks.set(id, new Promise<void>((r) => (release = r)));
    return () => {
      this.keyLocks.delete(id);
      release();
    };
  }

  /** Mark key `id` as being revoked until the returned function is called (its commit). */
  beginRevoke(id: string): () => void {
    this.revoking.add(id);
    return () => {
      this.revoking.delete(id);
    };
  }
}
