/** Why a proposal, conf change, read or transfer request was not taken. */
export type DropReason =
  | 'not-leader'
  | 'leader-transferring'
  | 'conf-change-pending'
  | 'uncommitted-bytes-max'
  | 'read-index-pending-max'
  | 'not-member'
  | 'no-commit-in-term';

/**
 * The node did not take a request. Nothing was appended; the caller may retry elsewhere (for
 * 'not-leader', `lead` is the leader this node knows of, or NONE).
 */
export class ProposalDroppedError extends Error {
  override readonly name = 'ProposalDroppedError';
  constructor(
    readonly reason: DropReason,
    readonly lead: number,
    message?: string,
  ) {
    super(message ?? `proposal dropped: ${reason}`);
  }
}
