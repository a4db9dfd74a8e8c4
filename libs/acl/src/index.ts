export { AceSyntaxError, AclInvalidError } from './errors.js';
export { PERM, PERM_LETTERS, PERM_POOL_ALL, PERM_CONT_ALL, PERM_ALL, permBit, formatPerms, describePerms } from './permissions.js';
export {
  type Principal,
  type PrincipalKind,
  PRINCIPAL_TYPE,
  PRINCIPAL_NAME_BYTES_MAX,
  OWNER,
  OWNER_GROUP,
  EVERYONE,
  user,
  group,
  parsePrincipal,
  formatPrincipal,
  principalField,
  principalKey,
  samePrincipal,
  isValidPrincipalName,
  principalNameProblem,
} from './principal.js';
export { type Ace, ACCESS, FLAG, ACE_STRING_CHARS_MAX, allow, aceProblem, parseAce, formatAce, describeAce } from './ace.js';
export { Acl, type AclTarget, ACL_ENTRIES_BYTES_MAX, aceEncodedBytes } from './acl.js';
export { evaluate, type Ownership, type Requestor, type Evaluation, type MatchedBy } from './evaluate.js';
export * from './capabilities.js';
export { defaultPoolAcl, defaultContainerAcl } from './defaults.js';
