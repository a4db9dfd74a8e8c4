import { type NodeId } from '@daos-nats/base';
import { NONE, StateRole, type Entry, type Term } from '@daos-nats/raft';
import { LeadershipEvents, type LeadershipListener } from './leadership-events.js';

interface DebutWaiter {
  term: number;
  resolve: () => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * What a replica knows of leadership: role, known leader and term from raft, and whether it
 * serves as leader. A new leader serves only once it has applied an entry of its own term (its
 * debut): before that it does not know the commit index, so it could neither read nor decide.
 */
export class Leadership {
  role: StateRole = StateRole.Follower;
  lead: NodeId = NONE;
  term = 0 as Term;
  /** The term this replica leads and serves (debut applied); 0 otherwise. */
  servingTerm = 0;
  /** Index of the serving term's first entry (its debut); 0 when not serving. */
  debutIndex = 0;
  /** The term this replica leads, debut or not; 0 otherwise. */
  private leaderTerm = 0;
  private debutWaiters: DebutWaiter[] = [];
  private events: LeadershipEvents | undefined;

  constructor(term: Term) {
    this.term = term;
  }

  listen(listener: LeadershipListener, onListenerError: (e: unknown) => void): void {
    this.events = new LeadershipEvents(listener, onListenerError);
    if (this.servingTerm) this.events.push({ kind: 'step-up', term: this.servingTerm as Term });
  }

  idle(): Promise<void> {
    return this.events?.idle() ?? Promise.resolve();
  }

  /**
   * Raft's view changed. Returns the term stepped down from (0 if none): the caller fails what
   * waited on it. Waiters for the debut are failed here with `err`.
   */
  update(role: StateRole, lead: NodeId, term: Term, err: (lost: number) => Error): number {
    this.role = role;
    this.lead = lead;
    this.term = term;
    const leading = role === StateRole.Leader ? term : 0;
    let lost = 0;
    if (this.leaderTerm && this.leaderTerm !== leading) {
      lost = this.leaderTerm;
      this.stepDown(err(lost));
    }
    if (leading && !this.leaderTerm) this.leaderTerm = leading;
    return lost;
  }

  /** Applied entries: the first of the leader's own term is its debut. */
  applied(entries: readonly Entry[], err: (term: number) => Error): void {
    if (!this.leaderTerm || this.servingTerm) return;
    const debut = entries.find((e) => e.term === this.leaderTerm);
    if (!debut) return;
    this.servingTerm = this.leaderTerm;
    this.debutIndex = debut.index;
    this.events?.push({ kind: 'step-up', term: this.servingTerm as Term });
    for (const w of this.debutWaiters.splice(0)) {
      clearTimeout(w.timer);
      if (w.term === this.servingTerm) w.resolve();
      else w.reject(err(w.term));
    }
  }

  /** Resolves once this replica serves `term`; rejects with `notLeader` if it does not lead it. */
  serving(term: number, timeoutMs: number, notLeader: (why: string) => Error): Promise<void> {
    if (this.servingTerm === term) return Promise.resolve();
    if (this.leaderTerm !== term) return Promise.reject(notLeader(`not leader of term ${term} (term is ${this.term})`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.debutWaiters = this.debutWaiters.filter((w) => w.timer !== timer);
        reject(notLeader(`term ${term}'s first entry not applied within ${timeoutMs} ms`));
      }, timeoutMs);
      this.debutWaiters.push({ term, resolve, reject, timer });
    });
  }

  /** Leadership is over (lost, or the replica closes). */
  stepDown(err: Error): void {
    this.leaderTerm = 0;
    for (const w of this.debutWaiters.splice(0)) {
      clearTimeout(w.timer);
      w.reject(err);
    }
    if (this.servingTerm) this.events?.push({ kind: 'step-down', term: this.servingTerm as Term });
    this.servingTerm = 0;
    this.debutIndex = 0;
  }
}
