import Table from 'cli-table3';

/** What a command action returns: the data for `--json`, and the human rendering of it. */
export interface CommandOutput {
  /** The `response` of the JSON envelope (must be JSON-serializable). */
  readonly json: unknown;
  /** Human output (tables, sentences); default: the JSON, indented. */
  readonly text?: string;
}

export type Cell = string | number | bigint | boolean | null | undefined;

// DAOS's text tables: a header, a dashed rule, aligned columns, no borders.
const PLAIN = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '-', 'mid-mid': ' ', right: '', 'right-mid': '', middle: ' ',
};

function cellText(c: Cell): string {
  return c === null || c === undefined ? '' : String(c);
}

function trimLines(s: string): string {
  return s.split('\n').map((l) => l.trimEnd()).join('\n');
}

/** A table with a header row; an empty body prints only the header. */
export function table(head: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const t = new Table({ head: [...head], chars: PLAIN, style: { head: [], border: [], compact: true, 'padding-left': 0, 'padding-right': 1 } });
  for (const r of rows) t.push(r.map(cellText));
  return trimLines(t.toString());
}

/** "Key: value" lines, keys aligned (DAOS's query outputs). */
export function keyValues(pairs: readonly (readonly [string, Cell])[]): string {
  const width = Math.max(0, ...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${`${k}:`.padEnd(width + 1)} ${cellText(v)}`.trimEnd()).join('\n');
}

/** Replace bigint (not JSON) by a number when safe, else a decimal string; Uint8Array by hex. */
export function jsonSafe(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => {
      if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
      if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
      return v;
    }),
  );
}

/**
 * The `--json` envelope, as DAOS's `--json` output has it: `{response, error, status}`; status is
 * 0 or the DER code, error null or `"DER_NAME(code): sentence"`.
 */
export interface JsonEnvelope {
  readonly response: unknown;
  readonly error: string | null;
  readonly status: number;
  /** With `--trace`, the command's trace: `dmg trace show <trace_id>`. */
  readonly trace_id?: string;
}

export function jsonEnvelope(response: unknown, error: string | null = null, status = 0, traceId?: string): string {
  const env: JsonEnvelope = { response: jsonSafe(response) ?? null, error, status, ...(traceId ? { trace_id: traceId } : {}) };
  return `${JSON.stringify(env, null, 2)}\n`;
}
