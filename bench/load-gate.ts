// The machine's load, printed with every table, and the gate on ratios: a ratio between two
// systems measured one after the other means something only when nothing else competed for the
// CPUs, so above LOAD_1MIN_MAX at the start of the run the ratios are withheld (said so instead).
import { cpus, loadavg } from 'node:os';

/** The highest 1-minute load average at the start of a run for which ratios are printed. */
export const LOAD_1MIN_MAX = 1.5;

export interface LoadGate {
  /** 1, 5 and 15-minute load averages when the run started. */
  readonly atStart: readonly number[];
  /** Whether ratios may be printed (1-minute load at start ≤ LOAD_1MIN_MAX). */
  readonly quiet: boolean;
}

export function loadGate(): LoadGate {
  const atStart = loadavg();
  return { atStart, quiet: atStart[0]! <= LOAD_1MIN_MAX };
}

const three = (l: readonly number[]): string => l.map((x) => x.toFixed(2)).join(' / ');

/** One line to print under every table: the load now and at the start, and whether ratios are refused. */
export function loadLine(gate: LoadGate): string {
  const refused = gate.quiet ? '' : `; ratios REFUSED: 1-min load ${gate.atStart[0]!.toFixed(2)} > ${LOAD_1MIN_MAX} at start, figures are indicative only`;
  return `load average (1/5/15 min) now ${three(loadavg())}, at start ${three(gate.atStart)}, ${cpus().length} CPUs${refused}`;
}

/** `ours / theirs` (higher is better for us), or why it is not printed. */
export function ratio(gate: LoadGate, ours: number, theirs: number, digits = 2): string {
  if (!gate.quiet) return 'refused (load)';
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return 'n/a';
  return `${(ours / theirs).toFixed(digits)}×`;
}
