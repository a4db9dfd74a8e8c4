import { ProtoError } from '@daos-nats/base';
import { ConfChangeTransition, ConfChangeType, type ConfChange, type ConfChangeSingle, type NodeId } from './types.js';

/**
 * The bytes of a ConfChange log entry. Layout (version 1):
 *   u8 version (=1) | u8 transition | varint count | count x (u8 type | varint nodeId)
 *   | varint contextLength | context bytes
 * Varints are unsigned LEB128 up to 2^53 - 1. Nothing may follow the context.
 */
export const CONF_CHANGE_CODEC_VERSION = 1;
/** More changes than any real membership (at most 9 replicas, plus learners) could need. */
export const CONF_CHANGE_SINGLES_MAX = 1024;

/** Malformed ConfChange bytes (truncated, unknown version or enum, trailing garbage). */
export class ConfChangeCodecError extends ProtoError {
  override readonly name = 'ConfChangeCodecError';
}

export function encodeConfChange(cc: ConfChange): Uint8Array {
  const out: number[] = [CONF_CHANGE_CODEC_VERSION, cc.transition];
  putVarint(out, cc.changes.length);
  for (const c of cc.changes) {
    out.push(c.type);
    putVarint(out, c.nodeId);
  }
  const ctx = cc.context ?? new Uint8Array();
  putVarint(out, ctx.byteLength);
  const bytes = new Uint8Array(out.length + ctx.byteLength);
  bytes.set(out, 0);
  bytes.set(ctx, out.length);
  return bytes;
}

export function decodeConfChange(bytes: Uint8Array): ConfChange {
  const r = new Reader(bytes);
  const version = r.u8('version');
  if (version !== CONF_CHANGE_CODEC_VERSION) throw new ConfChangeCodecError(`conf change: unsupported codec version ${version}`);
  const transition = r.u8('transition');
  if (!(transition in ConfChangeTransition) || typeof ConfChangeTransition[transition] !== 'string')
    throw new ConfChangeCodecError(`conf change: unknown transition ${transition}`);
  const count = r.varint('change count');
  if (count > CONF_CHANGE_SINGLES_MAX) throw new ConfChangeCodecError(`conf change: ${count} changes exceed ${CONF_CHANGE_SINGLES_MAX}`);
  const changes: ConfChangeSingle[] = [];
  for (let i = 0; i < count; i++) {
    const type = r.u8(`change ${i} type`);
    if (typeof ConfChangeType[type] !== 'string') throw new ConfChangeCodecError(`conf change: unknown change type ${type} at change ${i}`);
    const nodeId = r.varint(`change ${i} node id`);
    if (nodeId === 0) throw new ConfChangeCodecError(`conf change: node id 0 at change ${i}`);
    changes.push({ type: type as ConfChangeType, nodeId: nodeId as NodeId });
  }
  const ctxLen = r.varint('context length');
  const context = r.bytes(ctxLen, 'context');
  if (!r.done()) throw new ConfChangeCodecError(`conf change: ${r.remaining()} trailing bytes`);
  const cc: ConfChange = { transition: transition as ConfChangeTransition, changes };
  return ctxLen > 0 ? { ...cc, context } : cc;
}

function putVarint(out: number[], n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new ConfChangeCodecError(`conf change: cannot encode ${n} as a varint`);
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

class Reader {
  private pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  u8(what: string): number {
    if (this.pos >= this.buf.byteLength) throw new ConfChangeCodecError(`conf change: truncated at byte ${this.pos} reading ${what}`);
    return this.buf[this.pos++]!;
  }

  varint(what: string): number {
    let n = 0;
    let mul = 1;
    for (let i = 0; ; i++) {
      if (i >= 8) throw new ConfChangeCodecError(`conf change: varint too long reading ${what}`);
      const b = this.u8(what);
      n += (b & 0x7f) * mul;
      if (!Number.isSafeInteger(n)) throw new ConfChangeCodecError(`conf change: varint overflows 2^53 reading ${what}`);
      if ((b & 0x80) === 0) return n;
      mul *= 0x80;
    }
  }

  bytes(len: number, what: string): Uint8Array {
    if (len > this.remaining()) throw new ConfChangeCodecError(`conf change: truncated ${what} (${len} bytes declared, ${this.remaining()} left)`);
    const out = this.buf.slice(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  remaining(): number {
    return this.buf.byteLength - this.pos;
  }

  done(): boolean {
    return this.pos === this.buf.byteLength;
  }
}
