/**
 * A small datadriven script format, in the spirit of etcd's: each case is a command line, a
 * `----` separator, and the expected output up to the next blank line. Lines starting with `#`
 * and blank lines between cases are kept as they are when the file is rewritten.
 */
export interface Case {
  /** 1-based line of the command, for error messages. */
  readonly line: number;
  readonly command: string;
  readonly expected: string;
}

export type Chunk = { kind: 'text'; text: string } | { kind: 'case'; case: Case };

export function parseScript(text: string): Chunk[] {
  const lines = text.split('\n');
  const out: Chunk[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.trim() === '' || l.startsWith('#')) {
      out.push({ kind: 'text', text: l });
      i++;
      continue;
    }
    const line = i + 1;
    const command = l.trim();
    i++;
    if (lines[i] !== '----') throw new Error(`line ${line}: expected '----' after the command '${command}'`);
    i++;
    const exp: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') exp.push(lines[i++]!);
    out.push({ kind: 'case', case: { line, command, expected: exp.join('\n') } });
  }
  // A trailing newline produces one empty text chunk; drop it so a rewrite is byte-stable.
  if (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.kind === 'text' && last.text === '') out.pop();
  }
  return out;
}

export function renderScript(chunks: readonly Chunk[], outputs: ReadonlyMap<Case, string>): string {
  const lines: string[] = [];
  for (const c of chunks) {
    if (c.kind === 'text') lines.push(c.text);
    else lines.push(c.case.command, '----', outputs.get(c.case) ?? c.case.expected);
  }
  return lines.join('\n') + '\n';
}

export interface Command {
  readonly name: string;
  readonly args: readonly string[];
  readonly kv: ReadonlyMap<string, string>;
}

/** `name a b key=value key=(1,2)` */
export function parseCommand(line: string): Command {
  const tokens = line.match(/\S+=\([^)]*\)|\S+/g) ?? [];
  const [name, ...rest] = tokens;
  const args: string[] = [];
  const kv = new Map<string, string>();
  for (const t of rest) {
    const eq = t.indexOf('=');
    if (eq > 0) kv.set(t.slice(0, eq), t.slice(eq + 1));
    else args.push(t);
  }
  return { name: name ?? '', args, kv };
}

/** `(1,2,3)` or `1` as numbers. */
export function parseIds(v: string | undefined): number[] {
  if (v === undefined) return [];
  const s = v.replace(/^\(|\)$/g, '').trim();
  if (s === '') return [];
  return s.split(/[ ,]+/).map((x) => {
    const n = Number(x);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not an id: ${x}`);
    return n;
  });
}
