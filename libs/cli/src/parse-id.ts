import { UsageError } from './usage-error.js';

/** DAOS `DAOS_PROP_LABEL_MAX_LEN`. */
export const LABEL_CHARS_MAX = 127;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// DAOS `daos_label_is_valid`: alphanumerics and `_ . : -`.
const LABEL_RE = /^[A-Za-z0-9_.:-]+$/;

export function isUuid(text: string): boolean {
  return UUID_RE.test(text);
}

/** A UUID, lower-cased; a UsageError otherwise. */
export function parseUuid(text: string, what = 'uuid'): string {
  if (!isUuid(text)) throw new UsageError(`${what} ${JSON.stringify(text)} is not a UUID`);
  return text.toLowerCase();
}

/** Why `text` is not a valid label, or undefined (DAOS: 1..127 of [A-Za-z0-9_.:-], not a UUID). */
export function labelProblem(text: string): string | undefined {
  if (text.length === 0) return 'is empty';
  if (text.length > LABEL_CHARS_MAX) return `is ${text.length} characters, more than ${LABEL_CHARS_MAX}`;
  if (!LABEL_RE.test(text)) return 'may contain only letters, digits and _ . : -';
  if (isUuid(text)) return 'looks like a UUID';
  return undefined;
}

export function parseLabel(text: string, what = 'label'): string {
  const problem = labelProblem(text);
  if (problem !== undefined) throw new UsageError(`${what} ${JSON.stringify(text)} ${problem}`);
  return text;
}

/** A pool or container named on the command line: DAOS accepts either its UUID or its label. */
export type NameOrUuid = { readonly uuid: string; readonly label?: undefined } | { readonly label: string; readonly uuid?: undefined };

export function parseNameOrUuid(text: string, what = 'name'): NameOrUuid {
  if (isUuid(text)) return { uuid: text.toLowerCase() };
  return { label: parseLabel(text, `${what} (a label or a UUID)`) };
}

/** The id as the user wrote it, for messages. */
export function formatNameOrUuid(id: NameOrUuid): string {
  return id.uuid ?? id.label;
}
