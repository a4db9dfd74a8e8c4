import { assert, DER, rank as toRank, type LeaderHint, type Rank, type Rng } from '@daos-nats/base';
import type { AttemptOutcome, SearchDecision } from './outcome.js';

export interface LeaderSearchConfig {
  /**
   * Aliveness a leader gets when it proves itself (answers as leader, or names itself in a hint).
   * Each missed reply costs one; at 0 the search moves on. DAOS: `LEADER_ALIVENESS_MAX` = 1.
   */
  readonly leaderAlivenessMax: number;
  /** Bound on the rank list, so hints naming unknown ranks cannot grow it without limit. */
  readonly ranksMax: number;
}

export const DEFAULT_LEADER_SEARCH_CONFIG: LeaderSearchConfig = {
  leaderAlivenessMax: 1,
  ranksMax: 64,
};

/** A read-only view of the search, for logs, spans and tests. */
export interface LeaderSearchState {
  readonly ranks: readonly Rank[];
  readonly leader: { readonly rank: Rank; readonly term: number } | undefined;
  readonly aliveness: number;
  readonly next: number;
}

/**
 * The client's search for a replicated service's leader (DAOS `struct rsvc_client`,
 * `src/common/rsvc.c`). Pure: no I/O, no timers; randomness from the injected Rng.
 *
 * Invariants (checked after every change):
 * - `ranks` holds distinct ranks, at most `ranksMax` of them; `next` indexes it (0 when empty);
 * - a known leader is in `ranks` (it is forgotten when its rank leaves the list);
 * - `0 <= aliveness <= leaderAlivenessMax`, and aliveness is 0 while no leader is known.
 */
export class LeaderSearch {
  private ranks: Rank[] = [];
  /** Leader and its term; stays known at aliveness 0, so a later same-term hint is not news. */
  private leader: { rank: Rank; term: number } | undefined;
  private aliveness = 0;
  private next = 0;
  readonly config: LeaderSearchConfig;

  constructor(
    ranks: readonly number[],
    private readonly rng: Rng,
    config: Partial<LeaderSearchConfig> = {},
  ) {
    this.config = { ...DEFAULT_LEADER_SEARCH_CONFIG, ...config };
    assert(
      Number.isSafeInteger(this.config.leaderAlivenessMax) && this.config.leaderAlivenessMax >= 1,
      `leaderAlivenessMax must be an integer >= 1, got ${this.config.leaderAlivenessMax}`,
    );
    assert(
      Number.isSafeInteger(this.config.ranksMax) && this.config.ranksMax >= 1,
      `ranksMax must be an integer >= 1, got ${this.config.ranksMax}`,
    );
    this.reset(ranks);
  }

  /**
   * Start over with a fresh replica list (DAOS `rsvc_client_init`): sorted, deduplicated, leader
   * forgotten, hintless search from a random replica so that clients spread their first tries.
   */
  reset(ranks: readonly number[]): void {
    const unique = [...new Set(ranks.map((r) => toRank(r)))].sort((a, b) => a - b);
    assert(unique.length <= this.config.ranksMax, `${unique.length} ranks exceed ranksMax ${this.config.ranksMax}`);
    this.ranks = unique;
    this.forgetLeader();
    this.next = unique.length > 0 ? this.rng.int(unique.length) : 0;
    this.check();
  }

  /**
   * The rank to send the next request to: the leader while it is believed alive, otherwise the
   * next replica of the round robin. `undefined` when no replica is known (DAOS: -DER_NOTREPLICA),
   * which the caller answers by asking the management service for the list.
   */
  choose(): Rank | undefined {
    if (this.leader !== undefined && this.aliveness > 0) return this.leader.rank;
    if (this.ranks.length === 0) return undefined;
    const chosen = this.ranks[this.next];
    assert(chosen !== undefined, `next ${this.next} indexes ${this.ranks.length} ranks`);
    this.next = (this.next + 1) % this.ranks.length;
    return chosen;
  }

  /**
   * Learn from the outcome of a request sent to `from` (DAOS `rsvc_client_complete_rpc`; its
   * cases in its order). Returns whether that outcome is the answer (`proceed`) or the request
   * must go to another choice (`rechoose`).
   */
  complete(from: number, outcome: AttemptOutcome): SearchDecision {
    const sender = toRank(from);
    const decision = this.decide(sender, outcome);
    this.check();
    return decision;
  }

  /** Drop ranks that are known not to serve (DAOS `rsvc_client_subtract`, e.g. ranks not UPIN). */
  remove(ranks: readonly number[]): void {
    for (const r of ranks) this.removeRank(toRank(r));
    this.check();
  }

  get state(): LeaderSearchState {
    return {
      ranks: [...this.ranks],
      leader: this.leader === undefined ? undefined : { ...this.leader },
      aliveness: this.aliveness,
      next: this.next,
    };
  }

  private decide(sender: Rank, outcome: AttemptOutcome): SearchDecision {
    if (outcome.kind === 'noReply') {
      switch (outcome.code) {
        case DER.INVAL: // the group does not exist: no other replica will do better
          this.missedReply(sender);
          return 'proceed';
        case DER.OOG: // the rank left the group
          this.removeRank(sender);
          return 'rechoose';
        case DER.UNREG: // the replica does not know the RPC: a version problem, not a leader problem
          return 'proceed';
        default:
          this.missedReply(sender);
          return 'rechoose';
      }
    }
    const code = outcome.kind === 'ok' ? 0 : outcome.code;
    if (code === DER.NOTLEADER) {
      if (this.isAliveLeader(sender)) this.abandonLeader();
      if (outcome.hint !== undefined) this.learn(sender, outcome.hint, false);
      return 'rechoose';
    }
    if (code === DER.NOTREPLICA) {
      this.removeRank(sender);
      return 'rechoose';
    }
    if (outcome.hint !== undefined) this.learn(sender, outcome.hint, true);
    return 'proceed';
  }

  /** A request to `sender` got no reply: if it was the leader, trust it a little less. */
  private missedReply(sender: Rank): void {
    if (!this.isAliveLeader(sender)) return;
    this.aliveness--;
    if (this.aliveness === 0) this.abandonLeader();
  }

  private isAliveLeader(r: Rank): boolean {
    return this.leader !== undefined && this.aliveness > 0 && this.leader.rank === r;
  }

  /**
   * Give up on the leader and restart the hintless search at a random replica other than it, so
   * that the clients that all lost the same leader do not all hit the same next replica.
   */
  private abandonLeader(): void {
    assert(this.leader !== undefined, 'only a known leader can be abandoned');
    this.aliveness = 0;
    const n = this.ranks.length;
    const at = this.ranks.indexOf(this.leader.rank);
    assert(at >= 0, `leader ${this.leader.rank} is in the rank list`);
    this.next = n > 1 ? (at + 1 + this.rng.int(n - 1)) % n : 0;
  }

  /** DAOS `rsvc_client_process_hint`. */
  private learn(sender: Rank, hint: LeaderHint, fromLeader: boolean): void {
    // A hint is wire input: a malformed one is ignored, never trusted and never a crash.
    if (!isRankNumber(hint.rank) || !Number.isSafeInteger(hint.term) || hint.term < 0) return;
    const hinted = toRank(hint.rank);
    // A leader's reply must name the leader itself; anything else is a broken hint.
    if (fromLeader && hinted !== sender) return;
    if (this.leader !== undefined) {
      if (hint.term < this.leader.term) return; // stale: an older term's leader
      if (hint.term === this.leader.term) {
        // Nothing new, unless the leader itself speaks up: then it is alive.
        if (hinted === sender && hinted === this.leader.rank) this.aliveness = this.config.leaderAlivenessMax;
        return;
      }
    }
    if (!this.ranks.includes(hinted)) {
      // Append the unknown rank (DAOS: "to tolerate user mistakes"), within the bound.
      if (this.ranks.length >= this.config.ranksMax) return;
      this.ranks.push(hinted);
    }
    this.leader = { rank: hinted, term: hint.term };
    // A replica naming itself is a leader still stepping up (it answered NOTLEADER briefly).
    const becomingLeader = hinted === sender;
    this.aliveness = fromLeader || becomingLeader ? this.config.leaderAlivenessMax : 1;
  }

  /** DAOS removes a rank that answers NOTREPLICA or is out of group, and forgets the leader. */
  private removeRank(r: Rank): void {
    const at = this.ranks.indexOf(r);
    this.forgetLeader();
    if (at < 0) return;
    this.ranks.splice(at, 1);
    // Continue the round robin with the removed rank's successor.
    this.next = at < this.ranks.length ? at : 0;
  }

  private forgetLeader(): void {
    this.leader = undefined;
    this.aliveness = 0;
  }

  private check(): void {
    const n = this.ranks.length;
    assert(new Set(this.ranks).size === n, `ranks are distinct: ${this.ranks}`);
    assert(n <= this.config.ranksMax, `${n} ranks within ranksMax ${this.config.ranksMax}`);
    assert(n === 0 ? this.next === 0 : this.next >= 0 && this.next < n, `next ${this.next} indexes ${n} ranks`);
    assert(this.aliveness >= 0 && this.aliveness <= this.config.leaderAlivenessMax, `aliveness ${this.aliveness} in range`);
    if (this.leader === undefined) assert(this.aliveness === 0, 'no aliveness without a leader');
    else assert(this.ranks.includes(this.leader.rank), `leader ${this.leader.rank} is a known rank`);
  }
}

function isRankNumber(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0 && n <= 0xffff_fffe;
}
