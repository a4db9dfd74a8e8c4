import type { Socket } from 'node:net';
import { daos } from '@daos-nats/proto';
import { encodeChunks } from './chunk-encoder.js';
import type { DrpcHandlerTable } from './drpc-handler-table.js';
import type { DrpcLimits } from './drpc-limits.js';
import { DrpcStatus, DrpcStatusError } from './drpc-status.js';
import { MessageAssembler } from './message-assembler.js';

export type DrpcLog = (line: string) => void;

/**
 * One client connection of a DrpcServer. Calls are answered one at a time in arrival order (as a
 * DAOS drpc listener does per session); calls that arrive meanwhile wait in a queue bounded in
 * items and bytes. Anything that breaks the framing closes the connection with a log line: the
 * stream cannot be resynchronised. A call that is framed right but wrong inside gets a status.
 */
export class DrpcServerConnection {
  private readonly assembler: MessageAssembler;
  private readonly queue: Buffer[] = [];
  private queuedBytes = 0;
  private busy = false;
  private partialTimer: NodeJS.Timeout | undefined;
  private readonly abort = new AbortController();
  closed = false;

  constructor(
    private readonly socket: Socket,
    private readonly handlers: DrpcHandlerTable,
    private readonly limits: DrpcLimits,
    private readonly log: DrpcLog,
    private readonly onClose: () => void,
  ) {
    this.assembler = new MessageAssembler(limits.chunkBytes, limits.drpcMessageBytesMax);
    socket.on('data', (b: Buffer) => this.onData(b));
    socket.on('error', (err) => this.close(`socket error: ${err.message}`));
    socket.on('close', () => this.close(this.assembler.partial ? 'peer closed mid-message' : undefined));
  }

  close(why?: string): void {
    if (this.closed) return;
    this.closed = true;
    if (why) this.log(`drpc: closing connection: ${why}`);
    clearTimeout(this.partialTimer);
    this.abort.abort();
    this.socket.destroy();
    this.onClose();
  }

  private onData(bytes: Buffer): void {
    if (this.closed) return;
    let messages: Buffer[];
    try {
      messages = this.assembler.push(bytes);
    } catch (err) {
      return this.close(`malformed frame: ${(err as Error).message}`);
    }
    for (const m of messages) {
      if (this.queue.length + 1 > this.limits.pendingCallsMax || this.queuedBytes + m.length > this.limits.pendingBytesMax) {
        return this.close(`more than ${this.limits.pendingCallsMax} calls or ${this.limits.pendingBytesMax} bytes pending`);
      }
      this.queue.push(m);
      this.queuedBytes += m.length;
    }
    this.armPartialTimer();
    void this.drain();
  }

  /** A peer that starts a message and stalls is dropped after partialMessageTimeoutMs. */
  private armPartialTimer(): void {
    clearTimeout(this.partialTimer);
    this.partialTimer = undefined;
    if (!this.assembler.partial) return;
    this.partialTimer = setTimeout(
      () => this.close(`message incomplete after ${this.limits.partialMessageTimeoutMs} ms`),
      this.limits.partialMessageTimeoutMs,
    );
    this.partialTimer.unref();
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (!this.closed && this.queue.length > 0) {
        const m = this.queue.shift()!;
        this.queuedBytes -= m.length;
        const reply = await this.answer(m);
        if (this.closed) return;
        for (const c of encodeChunks(reply, this.limits.chunkBytes)) this.socket.write(c);
      }
    } finally {
      this.busy = false;
    }
  }

  private async answer(message: Buffer): Promise<Uint8Array> {
    let call: daos.drpc.v1.Call;
    try {
      call = daos.drpc.v1.Call.decode(message);
    } catch (err) {
      this.log(`drpc: unmarshal call: ${(err as Error).message}`);
      return this.response(0, DrpcStatus.FAILED_UNMARSHAL_CALL);
    }
    const seq = Number(call.sequence);
    const h = this.handlers.lookup(call.module, call.method);
    if (h === 'module' || h === 'method') {
      this.log(`drpc: unknown ${h} in call ${call.module}.${call.method} (seq ${seq})`);
      return this.response(seq, h === 'module' ? DrpcStatus.UNKNOWN_MODULE : DrpcStatus.UNKNOWN_METHOD);
    }
    try {
      const body = await this.runWithDeadline(h, call);
      if (!(body instanceof Uint8Array)) throw new DrpcStatusError(DrpcStatus.FAILED_MARSHAL, 'handler returned no bytes');
      return this.response(seq, DrpcStatus.SUCCESS, body);
    } catch (err) {
      const status = err instanceof DrpcStatusError ? err.status : DrpcStatus.FAILURE;
      this.log(`drpc: call ${call.module}.${call.method} (seq ${seq}) failed: ${(err as Error).message}`);
      return this.response(seq, status);
    }
  }

  private async runWithDeadline(h: Exclude<ReturnType<DrpcHandlerTable['lookup']>, string>, call: daos.drpc.v1.Call): Promise<Uint8Array> {
    const ms = this.limits.handlerTimeoutMs;
    const deadline = new AbortController();
    const onClose = () => deadline.abort();
    this.abort.signal.addEventListener('abort', onClose);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          deadline.abort();
          reject(new Error(`handler deadline of ${ms} ms passed`));
        }, ms);
      });
      const ctx = { module: call.module, method: call.method, signal: deadline.signal };
      return await Promise.race([Promise.resolve().then(() => h(call.body, ctx)), timeout]);
    } finally {
      clearTimeout(timer);
      this.abort.signal.removeEventListener('abort', onClose);
    }
  }

  private response(sequence: number, status: DrpcStatus, body?: Uint8Array): Uint8Array {
    const r = daos.drpc.v1.Response.encode({ sequence, status, body: body ?? new Uint8Array() }).finish();
    if (r.length <= this.limits.drpcMessageBytesMax) return r;
    this.log(`drpc: response of ${r.length} bytes exceeds drpcMessageBytesMax`);
    return daos.drpc.v1.Response.encode({ sequence, status: DrpcStatus.FAILED_MARSHAL }).finish();
  }
}
