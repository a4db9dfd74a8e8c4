import { InvalidError } from '@daos-nats/base';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** DAOS labels: 1..127 characters of [A-Za-z0-9_.:-], and not a UUID (daos_label_is_valid). */
const LABEL_RE = /^[A-Za-z0-9_.:-]{1,127}$/;
export const MEMBER_KINDS = ['pool-service', 'container-service', 'engine'] as const;
export type MemberKindName = (typeof MEMBER_KINDS)[number];

export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}

export function checkUuid(s: string | null | undefined, what: string): string {
  const v = (s ?? '').toLowerCase();
  if (!UUID_RE.test(v)) throw new InvalidError(`${what} must be a UUID, got ${JSON.stringify(s ?? '')}`);
  return v;
}

export function checkLabel(s: string | null | undefined): string {
  const v = s ?? '';
  if (!LABEL_RE.test(v)) throw new InvalidError(`pool label ${JSON.stringify(v)} must be 1..127 characters of letters, digits and _.:-`);
  if (UUID_RE.test(v.toLowerCase())) throw new InvalidError(`pool label ${JSON.stringify(v)} must not be a UUID`);
  return v;
}

export function checkKind(s: string | null | undefined): MemberKindName {
  const v = s ?? '';
  if (!(MEMBER_KINDS as readonly string[]).includes(v)) throw new InvalidError(`member kind must be one of ${MEMBER_KINDS.join(', ')}, got ${JSON.stringify(v)}`);
  return v as MemberKindName;
}

/** Ranks as given, deduplicated and sorted; each a valid rank. */
export function checkRanks(ranks: readonly number[] | null | undefined): number[] {
  const out = [...new Set(ranks ?? [])].sort((a, b) => a - b);
  for (const r of out) if (!Number.isSafeInteger(r) || r < 0 || r > 0xffff_fffe) throw new InvalidError(`invalid rank ${r}`);
  return out;
}
