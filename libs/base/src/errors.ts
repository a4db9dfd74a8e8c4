import { DER, DER_MEANING, type DerName } from './der-codes.js';

/** Name of a DER code ("DER_NOTLEADER"), or `DER_UNKNOWN(<code>)` for a number DAOS does not define. */
export function derName(code: number): string {
  for (const [k, v] of Object.entries(DER)) if (v === code) return `DER_${k}`;
  return `DER_UNKNOWN(${code})`;
}

/** DAOS's one-line meaning of a DER code. */
export function derMeaning(code: number): string {
  return DER_MEANING[code] ?? 'Unknown error';
}

export interface LeaderHint {
  /** Rank of the replica believed to lead. */
  readonly rank: number;
  /** Term in which it leads; a hint with an older term than one already known is stale. */
  readonly term: number;
}

/**
 * A failure that carries a DAOS error number. It crosses the wire as `{code, message}` and is
 * rebuilt on the other side as the same subclass by `daosError()`.
 */
export class DaosError extends Error {
  override name = 'DaosError';
  constructor(
    readonly code: number,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? derMeaning(code), options);
  }
  /** "DER_NOTLEADER" */
  get derName(): string {
    return derName(this.code);
  }
  override toString(): string {
    return `${this.derName}(${this.code}): ${this.message}`;
  }
}

function kind<const N extends DerName>(n: N, className: string) {
  const code = DER[n];
  const C = class extends DaosError {
    static readonly code = code;
    constructor(message?: string, options?: { cause?: unknown }) {
      super(code, message, options);
      this.name = className;
    }
  };
  Object.defineProperty(C, 'name', { value: className });
  return C;
}

export class NoPermError extends kind('NO_PERM', 'NoPermError') {}
export class NoHandleError extends kind('NO_HDL', 'NoHandleError') {}
export class InvalidError extends kind('INVAL', 'InvalidError') {}
export class ExistError extends kind('EXIST', 'ExistError') {}
export class NonexistError extends kind('NONEXIST', 'NonexistError') {}
export class UnreachableError extends kind('UNREACH', 'UnreachableError') {}
export class NoSpaceError extends kind('NOSPACE', 'NoSpaceError') {}
export class AlreadyError extends kind('ALREADY', 'AlreadyError') {}
export class NoSysError extends kind('NOSYS', 'NoSysError') {}
export class TimedOutError extends kind('TIMEDOUT', 'TimedOutError') {}
export class BusyError extends kind('BUSY', 'BusyError') {}
export class AgainError extends kind('AGAIN', 'AgainError') {}
export class ProtoError extends kind('PROTO', 'ProtoError') {}
export class UninitError extends kind('UNINIT', 'UninitError') {}
export class CanceledError extends kind('CANCELED', 'CanceledError') {}
export class MismatchError extends kind('MISMATCH', 'MismatchError') {}
export class ExcludedError extends kind('EXCLUDED', 'ExcludedError') {}
export class IoError extends kind('IO', 'IoError') {}
export class StaleError extends kind('STALE', 'StaleError') {}
export class NotReplicaError extends kind('NOTREPLICA', 'NotReplicaError') {}
export class ShutdownError extends kind('SHUTDOWN', 'ShutdownError') {}
export class InProgressError extends kind('INPROGRESS', 'InProgressError') {}
export class RfError extends kind('RF', 'RfError') {}
export class NotSupportedError extends kind('NOTSUPPORTED', 'NotSupportedError') {}
export class NoServiceError extends kind('NO_SERVICE', 'NoServiceError') {}
export class DataLossError extends kind('DATA_LOSS', 'DataLossError') {}

/** Not the leader. Carries the leader this replica knows of, if any, so the client can follow it. */
export class NotLeaderError extends DaosError {
  static readonly code = DER.NOTLEADER;
  constructor(
    readonly hint?: LeaderHint,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(
      DER.NOTLEADER,
      message ?? (hint ? `not leader; try rank ${hint.rank} (term ${hint.term})` : 'not leader; leader unknown'),
      options,
    );
    this.name = 'NotLeaderError';
  }
}

type ErrorCtor = new (message?: string, options?: { cause?: unknown }) => DaosError;
const byCode = new Map<number, ErrorCtor>(
  [
    NoPermError, NoHandleError, InvalidError, ExistError, NonexistError, UnreachableError,
    NoSpaceError, AlreadyError, NoSysError, TimedOutError, BusyError, AgainError, ProtoError,
    UninitError, CanceledError, MismatchError, ExcludedError, IoError, StaleError, NotReplicaError,
    ShutdownError, InProgressError, RfError, NotSupportedError, NoServiceError, DataLossError,
  ].map((C) => [C.code, C as ErrorCtor]),
);

/** Rebuild the right error class from a DER code (e.g. one received on the wire). */
export function daosError(code: number, message?: string, hint?: LeaderHint, cause?: unknown): DaosError {
  const opts = cause === undefined ? undefined : { cause };
  if (code === DER.NOTLEADER) return new NotLeaderError(hint, message, opts);
  const C = byCode.get(code);
  return C ? new C(message, opts) : new DaosError(code, message, opts);
}

/** The DER code of any thrown value: a DaosError's own, DER_MISC for anything else. */
export function codeOf(err: unknown): number {
  return err instanceof DaosError ? err.code : DER.MISC;
}
