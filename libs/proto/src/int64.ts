// The 64-bit rule of the wire (see README.md): a 64-bit protobuf field holds a JavaScript number
// that is an exact integer (|n| <= 2^53 - 1). protobufjs by default decodes such fields as `Long`
// objects and encodes a BigInt, a float or a numeric string by silently rounding, truncating or
// writing 0. This module reconfigures the shared protobufjs runtime so that decoding yields plain
// numbers and anything that would not round-trip exactly throws WireIntegerError instead.
//
// It must be evaluated before the generated code: the generated prototypes pick their 64-bit
// defaults (Long or 0) when the module loads. index.ts imports it first for that reason.
import $protobuf from 'protobufjs/minimal.js';

/** A value that cannot cross the wire as an exact integer of its field's type. */
export class WireIntegerError extends RangeError {
  override readonly name = 'WireIntegerError';
}

/** The largest integer a 64-bit wire field may carry: Number.MAX_SAFE_INTEGER (2^53 - 1). */
export const WIRE_INT64_MAX = Number.MAX_SAFE_INTEGER;

function describe(value: unknown): string {
  if (typeof value === 'bigint') return `BigInt ${value}n`;
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (typeof value === 'number') return String(value);
  if (value !== null && typeof value === 'object' && 'low' in value && 'high' in value) return 'a Long object';
  return `${typeof value} ${String(value)}`;
}

function requireInt64(value: unknown, wireType: string, unsigned: boolean): void {
  if (typeof value === 'number' && Number.isSafeInteger(value) && (!unsigned || value >= 0)) return;
  const range = unsigned ? `0..2^53-1` : `-(2^53-1)..2^53-1`;
  throw new WireIntegerError(
    `cannot encode ${describe(value)} as ${wireType}: 64-bit wire integers must be numbers in ${range} (exact in a JS number)`,
  );
}

function requireInt32(value: unknown, wireType: string, min: number, max: number): void {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return;
  throw new WireIntegerError(`cannot encode ${describe(value)} as ${wireType}: must be an integer in ${min}..${max}`);
}

/** A Writer method as patched here: one value (or, for the packed `...s` variants, an array). */
type WriterMethod = (this: $protobuf.Writer, value: unknown) => $protobuf.Writer;

function configure(): void {
  // Without Long, protobufjs reads 64-bit varints through LongBits.toNumber and its generated
  // defaults become 0 instead of Long.ZERO.
  ($protobuf.util as { Long: unknown }).Long = undefined;
  $protobuf.configure();

  const W = $protobuf.Writer.prototype as unknown as Record<string, WriterMethod>;
  const scalar64: [string, boolean][] = [
    ['uint64', true],
    ['fixed64', true],
    ['int64', false],
    ['sint64', false],
    ['sfixed64', false],
  ];
  for (const [name, unsigned] of scalar64) {
    const orig = W[name]!;
    W[name] = function (this: $protobuf.Writer, value: unknown) {
      requireInt64(value, name, unsigned);
      return orig.call(this, value);
    };
    const origPacked = W[`${name}s`];
    if (origPacked) {
      W[`${name}s`] = function (this: $protobuf.Writer, values: unknown) {
        for (const v of values as unknown[]) requireInt64(v, name, unsigned);
        return origPacked.call(this, values);
      };
    }
  }
  // 32-bit writers otherwise wrap with `>>> 0` / `| 0`; enums are written as int32, so a string
  // where an enum number belongs is caught here too.
  const scalar32: [string, number, number][] = [
    ['uint32', 0, 0xffff_ffff],
    ['int32', -0x8000_0000, 0x7fff_ffff],
    ['sint32', -0x8000_0000, 0x7fff_ffff],
  ];
  for (const [name, min, max] of scalar32) {
    const orig = W[name]!;
    W[name] = function (this: $protobuf.Writer, value: unknown) {
      requireInt32(value, name, min, max);
      return orig.call(this, value);
    };
  }

  // Every 64-bit read and every Long-like fromObject goes through LongBits.toNumber.
  const LongBits = $protobuf.util.LongBits as unknown as { prototype: { toNumber(unsigned?: boolean): number; lo: number; hi: number } };
  const toNumber = LongBits.prototype.toNumber;
  LongBits.prototype.toNumber = function (this: { lo: number; hi: number }, unsigned?: boolean) {
    const n = toNumber.call(this, unsigned);
    if (!Number.isSafeInteger(n)) {
      const hex = `0x${(this.hi >>> 0).toString(16).padStart(8, '0')}${(this.lo >>> 0).toString(16).padStart(8, '0')}`;
      throw new WireIntegerError(`decoded 64-bit integer ${hex} is beyond 2^53-1: not exact in a JS number`);
    }
    return n;
  };
}

configure();
