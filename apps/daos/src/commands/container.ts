import type { CliContext, Command } from '@daos-nats/cli';

/** Adds this group's commands to the program (filled in by the group's owner). */
export function register(_program: Command, _ctx: CliContext): void {}
