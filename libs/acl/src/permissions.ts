/** Permission bits (DAOS `enum daos_acl_perm`); the values are DAOS's, so they may cross the wire. */
export const PERM = {
  READ: 1 << 0,
  WRITE: 1 << 1,
  CREATE_CONT: 1 << 2,
  DEL_CONT: 1 << 3,
  GET_PROP: 1 << 4,
  SET_PROP: 1 << 5,
  GET_ACL: 1 << 6,
  SET_ACL: 1 << 7,
  SET_OWNER: 1 << 8,
} as const;

/** Letter, bit and DAOS's verbose name of each permission, in the order DAOS formats them. */
export const PERM_LETTERS: readonly { readonly letter: string; readonly bit: number; readonly name: string }[] = [
  { letter: 'r', bit: PERM.READ, name: 'Read' },
  { letter: 'w', bit: PERM.WRITE, name: 'Write' },
  { letter: 'c', bit: PERM.CREATE_CONT, name: 'Create-Container' },
  { letter: 'd', bit: PERM.DEL_CONT, name: 'Delete-Container' },
  { letter: 't', bit: PERM.GET_PROP, name: 'Get-Prop' },
  { letter: 'T', bit: PERM.SET_PROP, name: 'Set-Prop' },
  { letter: 'a', bit: PERM.GET_ACL, name: 'Get-ACL' },
  { letter: 'A', bit: PERM.SET_ACL, name: 'Set-ACL' },
  { letter: 'o', bit: PERM.SET_OWNER, name: 'Set-Owner' },
];

/**
 * What a pool's ACL may grant: `r` connect and read, `w` everything `c` and `d` allow, `c` create
 * containers, `d` delete containers, `t` query properties (counts as read access).
 */
export const PERM_POOL_ALL = PERM.READ | PERM.WRITE | PERM.CREATE_CONT | PERM.DEL_CONT | PERM.GET_PROP;

/**
 * What a container's ACL may grant: `r` read data, `w` write data, `d` delete the container,
 * `t`/`T` get/set properties, `a`/`A` get/set the ACL, `o` change the owner.
 */
export const PERM_CONT_ALL =
  PERM.READ | PERM.WRITE | PERM.DEL_CONT | PERM.GET_PROP | PERM.SET_PROP | PERM.GET_ACL | PERM.SET_ACL | PERM.SET_OWNER;

export const PERM_ALL = PERM_POOL_ALL | PERM_CONT_ALL;

const BIT_OF = new Map(PERM_LETTERS.map((p) => [p.letter, p.bit]));

/** The bit of a permission letter, or undefined for a letter DAOS does not define. */
export function permBit(letter: string): number | undefined {
  return BIT_OF.get(letter);
}

/** The permission letters of `bits`, in DAOS's order ("" for none). */
export function formatPerms(bits: number): string {
  return PERM_LETTERS.filter((p) => (bits & p.bit) !== 0).map((p) => p.letter).join('');
}

/** DAOS's verbose form: "Read/Write", or "No-Access". */
export function describePerms(bits: number): string {
  const names = PERM_LETTERS.filter((p) => (bits & p.bit) !== 0).map((p) => p.name);
  return names.length === 0 ? 'No-Access' : names.join('/');
}
