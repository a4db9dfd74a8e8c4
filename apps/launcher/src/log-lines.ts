const LEVELS: Readonly<Record<number, string>> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
/** Fields every pino line has, or that only tracing tools need: not worth a terminal column. */
const QUIET = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'trace_id', 'span_id']);
/** Longest line shown; the rest of a giant line (a stack, a dump) is cut. */
export const LOG_LINE_CHARS_MAX = 4000;

function value(v: unknown): string {
  if (typeof v === 'string') return /\s/.test(v) ? JSON.stringify(v) : v;
  return JSON.stringify(v) ?? String(v);
}

/**
 * One output line of a service as the launcher shows it: pino JSON becomes
 * `HH:MM:SS.mmm LEVEL message key=value ...`; anything else is shown as it is.
 */
export function formatLogLine(line: string): string {
  let text = line;
  if (line.startsWith('{')) {
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      if (typeof o['level'] === 'number' && 'msg' in o) {
        const time = typeof o['time'] === 'string' ? o['time'].slice(11, 23) : '';
        const extras = Object.entries(o)
          .filter(([k]) => !QUIET.has(k))
          .map(([k, v]) => (k === 'err' && typeof v === 'object' && v !== null && 'message' in v ? `err=${value((v as { message: unknown }).message)}` : `${k}=${value(v)}`));
        text = [time, LEVELS[o['level']] ?? String(o['level']), String(o['msg']), ...extras].filter((s) => s !== '').join(' ');
      }
    } catch {
      // Not JSON after all: show it raw.
    }
  }
  return text.length > LOG_LINE_CHARS_MAX ? `${text.slice(0, LOG_LINE_CHARS_MAX)}…` : text;
}

/** Splits a byte stream into lines and hands each complete one to `emit` (a partial line waits, bounded). */
export class LineSplitter {
  private pending = '';
  constructor(private readonly emit: (line: string) => void) {}
  push(chunk: Buffer | string): void {
    this.pending += chunk.toString();
    let nl: number;
    while ((nl = this.pending.indexOf('\n')) >= 0) {
      this.emit(this.pending.slice(0, nl).replace(/\r$/, ''));
      this.pending = this.pending.slice(nl + 1);
    }
    // A line that never ends must not grow without bound.
    if (this.pending.length > 4 * LOG_LINE_CHARS_MAX) {
      this.emit(this.pending);
      this.pending = '';
    }
  }
  flush(): void {
    if (this.pending !== '') this.emit(this.pending);
    this.pending = '';
  }
}
