/**
 * The command line itself is wrong (unknown flag, bad size, missing name): the user is shown the
 * sentence and the command's usage, and the tool exits with EXIT.usage. Not a DaosError: nothing
 * was asked of the system.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes of dmg and daos. */
export const EXIT = {
  ok: 0,
  /** The system answered with a DAOS error (or could not be reached). */
  failed: 1,
  /** Bad command line. */
  usage: 2,
} as const;
