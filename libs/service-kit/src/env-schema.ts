// A process's environment as a typed, documented schema: every variable says what it is, its unit
// and its default, `--help` prints them, and a bad value is refused naming the variable.
import { InvalidError } from '@daos-nats/base';

/** One environment variable: how to read it and how to document it. */
export interface EnvVar<T> {
  readonly doc: string;
  /** Unit of a number ("ms", "ticks"), shown in --help. */
  readonly unit?: string;
  /** Default as text, shown in --help; undefined with `required` means the variable must be set. */
  readonly fallback?: string;
  readonly required: boolean;
  /** Read by a library on its own (OTEL_*, LOG_LEVEL): documented here, never parsed here. */
  readonly external?: boolean;
  /** Text (never empty: an empty variable counts as unset) to value; throws a sentence on bad input. */
  parse(text: string | undefined): T;
}

export type EnvSchema = Readonly<Record<string, EnvVar<unknown>>>;
export type EnvValues<S extends EnvSchema> = { readonly [K in keyof S]: S[K] extends EnvVar<infer T> ? T : never };

/** A variable is missing or malformed: the process exits 2 with this message (it names the variable). */
export class EnvError extends InvalidError {
  constructor(
    readonly variable: string,
    why: string,
  ) {
    super(`${variable} ${why}`);
  }
}

/** Longest value we accept for any variable: far above a URL or a path, far below a mistake. */
export const ENV_VALUE_CHARS_MAX = 4096;

function text(doc: string, fallback: string | undefined): EnvVar<string> {
  return {
    doc,
    required: fallback === undefined,
    ...(fallback !== undefined ? { fallback } : {}),
    parse: (t) => {
      const v = t ?? fallback;
      if (v === undefined) throw new Error('is required');
      return v;
    },
  };
}

function nonNegativeInteger(t: string, unit: string): number {
  const n = /^\s*\d+\s*$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(n)) throw new Error(`must be a non-negative integer (${unit}), got ${JSON.stringify(t)}`);
  return n;
}

function rankList(t: string): readonly number[] {
  const ranks = t.split(',').map((s) => (/^\s*\d+\s*$/.test(s) ? Number(s) : NaN));
  if (ranks.some((r) => !Number.isSafeInteger(r) || r > 0xffff_fffe)) throw new Error(`must be comma-separated ranks, got ${JSON.stringify(t)}`);
  return ranks;
}

/** Builders of the variable kinds the services use. */
export const envVar = {
  /** A string; required unless it has a default. */
  string: (doc: string, fallback?: string): EnvVar<string> => text(doc, fallback),
  /** A string that may be absent (undefined). */
  optionalString: (doc: string): EnvVar<string | undefined> => ({ doc, required: false, parse: (t) => t }),
  /** A non-negative safe integer in `unit`; required unless it has a default. */
  integer: (doc: string, unit: string, fallback?: number): EnvVar<number> => ({
    doc,
    unit,
    required: fallback === undefined,
    ...(fallback !== undefined ? { fallback: String(fallback) } : {}),
    parse: (t) => {
      if (t === undefined) {
        if (fallback === undefined) throw new Error('is required');
        return fallback;
      }
      return nonNegativeInteger(t, unit);
    },
  }),
  /** Comma-separated ranks, with a default. */
  ranks: (doc: string, fallback: readonly number[]): EnvVar<readonly number[]> => ({
    doc,
    unit: 'ranks',
    required: false,
    fallback: fallback.join(','),
    parse: (t) => (t === undefined ? fallback : rankList(t)),
  }),
  /** Comma-separated ranks that may be absent (undefined). */
  optionalRanks: (doc: string): EnvVar<readonly number[] | undefined> => ({
    doc,
    unit: 'ranks',
    required: false,
    parse: (t) => (t === undefined ? undefined : rankList(t)),
  }),
  /** Read by a library itself (OpenTelemetry, the logger, the parent watch): listed in --help only. */
  external: (doc: string, fallback?: string): EnvVar<undefined> => ({ doc, required: false, external: true, ...(fallback !== undefined ? { fallback } : {}), parse: () => undefined }),
} as const;

/** Read every variable of `schema` from `env`; the first missing or bad one is an EnvError. */
export function parseEnv<S extends EnvSchema>(schema: S, env: NodeJS.ProcessEnv): EnvValues<S> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(schema)) {
    const raw = env[name];
    const t = raw === undefined || raw === '' ? undefined : raw;
    if (t !== undefined && t.length > ENV_VALUE_CHARS_MAX) throw new EnvError(name, `is ${t.length} characters, more than ${ENV_VALUE_CHARS_MAX}`);
    try {
      out[name] = v.parse(t);
    } catch (e) {
      throw new EnvError(name, (e as Error).message);
    }
  }
  return out as EnvValues<S>;
}

/** The --help text: one line per variable with its unit and default (or "required"). */
export function formatEnvHelp(program: string, summary: string, schema: EnvSchema): string {
  const names = Object.keys(schema);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const lines = names.map((name) => {
    const v = schema[name]!;
    const unit = v.unit ? ` [${v.unit}]` : '';
    const dflt = v.required ? ' (required)' : v.fallback !== undefined ? ` (default ${v.fallback})` : ' (optional)';
    return `  ${name.padEnd(width)}${v.doc}${unit}${dflt}`;
  });
  return `${program}: ${summary}\n\nUsage: ${program} [--help]   (configured by the environment only)\n\nEnvironment:\n${lines.join('\n')}\n`;
}
