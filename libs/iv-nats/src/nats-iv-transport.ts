import { IV_PEER_OPERATION } from '@daos-nats/api';
import { DaosError, NotLeaderError, TimedOutError, UnreachableError } from '@daos-nats/base';
import { hintOf, ivSubject, type Bus } from '@daos-nats/bus';
import type { IvReply, IvRequest, IvTransport } from '@daos-nats/iv';
import { decodePeerReply, encodePeerRequest } from './iv-codec.js';

/**
 * libs/iv's transport over NATS request/reply: a request to rank r of pool p goes to
 * `daos.<system>.iv.<p>.<r>`. No answer (deadline, no responder) rejects, which the cache takes
 * as a dead neighbour and re-parents; an answer that is an error becomes an error reply.
 */
export class NatsIvTransport implements IvTransport {
  constructor(
    private readonly bus: Bus,
    private readonly system: string,
  ) {}

  async request(to: number, pool: string, req: IvRequest, timeoutMs: number): Promise<IvReply> {
    let bytes: Uint8Array;
    try {
      bytes = await this.bus.request(ivSubject(this.system, pool, to), IV_PEER_OPERATION, encodePeerRequest(req), { timeoutMs });
    } catch (e) {
      if (e instanceof TimedOutError || e instanceof UnreachableError) throw e;
      if (!(e instanceof DaosError)) throw e;
      const hint = e instanceof NotLeaderError ? e.hint : hintOf(e);
      return { ok: false, code: e.code, message: e.message, ...(hint ? { hint } : {}) };
    }
    return decodePeerReply(bytes);
  }
}
