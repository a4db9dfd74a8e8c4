import { InvalidError } from '@daos-nats/base';

/**
 * An ACE or principal string that does not parse. Says what was wrong and where: `position` is the
 * 0-based character offset into `input` (and `line`, 1-based, when it came from an ACL text).
 */
export class AceSyntaxError extends InvalidError {
  constructor(
    readonly input: string,
    readonly position: number,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${problem} at position ${position}${line === undefined ? '' : ` of line ${line}`} in ${JSON.stringify(input)}`);
    this.name = 'AceSyntaxError';
  }
}

/** An ACL that parses but breaks a rule: a duplicate principal, a size limit, a permission not valid here. */
export class AclInvalidError extends InvalidError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AclInvalidError';
  }
}
