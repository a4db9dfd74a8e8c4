// dmg system: membership and system-wide commands, answered by the management service.
import { daosError, derName } from '@daos-nats/base';
import { Option, UsageError, keyValues, table, type CliContext, type Command, type CommandOutput } from '@daos-nats/cli';
import { memberStateName, parseMemberStateMask, type SystemRankResult, type SystemResults } from '@daos-nats/client';

/** Ranks at most in one rank list (a typo like "0-4294967294" must not allocate forever). */
const RANK_LIST_ITEMS_MAX = 65_536;

/** DAOS rank lists: "3", "1,3-5", "[0-2,7]". Sorted, deduplicated. */
export function parseRankList(text: string): number[] {
  const body = text.trim().replace(/^\[(.*)\]$/, '$1');
  if (body === '') throw new UsageError(`empty rank list`);
  const out = new Set<number>();
  for (const part of body.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) throw new UsageError(`bad rank list ${JSON.stringify(text)}: expected e.g. 1,3-5`);
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (!Number.isSafeInteger(hi) || hi > 0xffff_fffe || lo > hi) throw new UsageError(`bad rank range ${JSON.stringify(part.trim())}`);
    if (hi - lo + 1 + out.size > RANK_LIST_ITEMS_MAX) throw new UsageError(`rank list ${JSON.stringify(text)} names more than ${RANK_LIST_ITEMS_MAX} ranks`);
    for (let r = lo; r <= hi; r++) out.add(r);
  }
  return [...out].sort((a, b) => a - b);
}

/** The inverse, compact: [0,1,2,5] → "0-2,5". */
export function formatRankList(ranks: readonly number[]): string {
  const s = [...new Set(ranks)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j]! + 1) j++;
    parts.push(i === j ? `${s[i]}` : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

const ranksOption = () => new Option('-r, --ranks <list>', 'only these ranks, e.g. 1,3-5').argParser(parseRankList);

/**
 * Results of a fanned-out command: a table of ranks grouped by outcome, as dmg prints them; any
 * rank that failed makes the command fail (after the table is shown), with the first error's code.
 */
function resultsOutput(ctx: CliContext, verb: string, rep: SystemResults): CommandOutput {
  const json = {
    results: rep.results.map((r) => ({ rank: r.rank, action: r.action, status: r.status, error: r.status === 0 ? null : derName(r.status), message: r.message, state: memberStateName(r.state) })),
    absent_ranks: rep.absentRanks,
  };
  const groups = new Map<string, SystemRankResult[]>();
  for (const r of rep.results) {
    const key = r.status === 0 ? `OK\t${memberStateName(r.state)}` : `${derName(r.status)}: ${r.message}\t${memberStateName(r.state)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rows = [...groups.entries()].map(([k, rs]) => {
    const [result, state] = k.split('\t');
    return [formatRankList(rs.map((r) => r.rank)), verb, result, state];
  });
  let text = rows.length > 0 ? table(['Rank', 'Operation', 'Result', 'State'], rows) : `No ranks to ${verb}`;
  if (rep.absentRanks.length > 0) text += `\nUnknown ranks: ${formatRankList(rep.absentRanks)}`;
  const failed = rep.results.filter((r) => r.status !== 0);
  if (failed.length > 0) {
    if (!ctx.globals.json) ctx.print({ json, text });
    throw daosError(failed[0]!.status, `${verb} failed on rank(s) ${formatRankList(failed.map((r) => r.rank))}: ${failed[0]!.message}`);
  }
  return { json, text };
}

export function register(program: Command, ctx: CliContext): void {
  const system = program.command('system').description('query and control the members of the system (answered by the management service)');

  system
    .command('query')
    .description('list the members of the system and their states')
    .addOption(ranksOption())
    .option('--state <names>', 'only members in these states, e.g. joined,stopped')
    .option('-v, --verbose', 'one line per rank with UUID, address, fault domain and reason', false)
    .addHelpText('after', '\nStates: Joined, Stopped, Excluded, AdminExcluded, Unresponsive, Errored, ...\n')
    .action(
      ctx.action(async (o: { ranks?: number[]; state?: string; verbose: boolean }) => {
        let stateMask = 0;
        if (o.state !== undefined) {
          try {
            stateMask = parseMemberStateMask(o.state);
          } catch (e) {
            throw new UsageError((e as Error).message);
          }
        }
        const q = await (await ctx.mgmt()).systemQuery({ ranks: o.ranks ?? [], stateMask });
        const json = {
          members: q.members.map((m) => ({ ...m, state: memberStateName(m.state) })),
          absent_ranks: q.absentRanks,
          map_version: q.mapVersion,
        };
        let text: string;
        if (q.members.length === 0) text = 'No members found';
        else if (o.verbose)
          text = table(
            ['Rank', 'UUID', 'Kind', 'Address', 'Fault Domain', 'State', 'Incarnation', 'Reason'],
            q.members.map((m) => [m.rank, m.uuid, m.kind, m.addr, m.faultDomain, memberStateName(m.state), m.incarnation, m.info]),
          );
        else {
          const byState = new Map<string, number[]>();
          for (const m of q.members) byState.set(memberStateName(m.state), [...(byState.get(memberStateName(m.state)) ?? []), m.rank]);
          text = table(['Rank', 'State'], [...byState.entries()].map(([s, ranks]) => [`[${formatRankList(ranks)}]`, s]));
        }
        if (q.absentRanks.length > 0) text += `\nUnknown ranks: ${formatRankList(q.absentRanks)}`;
        return { json, text };
      }),
    );

  system
    .command('stop')
    .description('stop the services of members (all by default); the processes stay and can be started again')
    .addOption(ranksOption())
    .option('--force', 'stop without preparing (no graceful hand-off)', false)
    .action(ctx.action(async (o: { ranks?: number[]; force: boolean }) => resultsOutput(ctx, 'stop', await (await ctx.mgmt()).systemStop({ ranks: o.ranks ?? [], force: o.force }))));

  system
    .command('start')
    .description('start the services of stopped members (all by default)')
    .addOption(ranksOption())
    .action(ctx.action(async (o: { ranks?: number[] }) => resultsOutput(ctx, 'start', await (await ctx.mgmt()).systemStart({ ranks: o.ranks ?? [] }))));

  system
    .command('exclude')
    .description('administratively exclude ranks (AdminExcluded): they may not join until cleared')
    .addOption(ranksOption().makeOptionMandatory())
    .action(ctx.action(async (o: { ranks: number[] }) => resultsOutput(ctx, 'exclude', await (await ctx.mgmt()).systemExclude(o.ranks))));

  system
    .command('clear-exclude')
    .description('clear the administrative exclusion of ranks: they may join again')
    .addOption(ranksOption().makeOptionMandatory())
    .action(ctx.action(async (o: { ranks: number[] }) => resultsOutput(ctx, 'clear-exclude', await (await ctx.mgmt()).systemClearExclude(o.ranks))));

  system
    .command('remove')
    .description('forget excluded ranks for good (their member records), so the member table does not fill up; ranks are not reused')
    .addOption(ranksOption().makeOptionMandatory())
    .action(ctx.action(async (o: { ranks: number[] }) => resultsOutput(ctx, 'remove', await (await ctx.mgmt()).systemRemove(o.ranks))));

  // MS replicas are decided at format and change only here, through raft membership changes.
  const msReplica = system.command('ms-replica').description('add or remove management service replicas (raft membership change)');
  const replicaChange = (what: 'add' | 'remove') =>
    ctx.action(async (o: { ranks: number[] }) => {
      const mgmt = await ctx.mgmt();
      const replicas = what === 'add' ? await mgmt.msReplicasAdd(o.ranks) : await mgmt.msReplicasRemove(o.ranks);
      const sorted = [...replicas].sort((a, b) => a - b);
      return { json: { replicas: sorted }, text: `MS replicas: ${formatRankList(sorted)}` };
    });
  msReplica
    .command('add')
    .description('add MS replicas on these ranks (an mgmt-service process must run on each); keep the count odd')
    .addOption(ranksOption().makeOptionMandatory())
    .action(replicaChange('add'));
  msReplica
    .command('remove')
    .description('remove MS replicas (not the leader: it refuses); keep the count odd')
    .addOption(ranksOption().makeOptionMandatory())
    .action(replicaChange('remove'));

  system
    .command('leader-query')
    .description('show the management service leader and its replicas')
    .action(
      ctx.action(async () => {
        const lq = await (await ctx.mgmt()).leaderQuery();
        const json = { current_leader: lq.leader, term: lq.term, replicas: lq.replicas, down_replicas: lq.downReplicas };
        const text = keyValues([
          ['Current Leader', `rank ${lq.leader}`],
          ['Replica Set', lq.replicas.map((r) => `rank ${r}`).join(', ')],
          ['Down Replicas', lq.downReplicas.length > 0 ? lq.downReplicas.map((r) => `rank ${r}`).join(', ') : 'none'],
        ]);
        return { json, text };
      }),
    );
}
