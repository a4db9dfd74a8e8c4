// Shared by the end-to-end test files: a whole system per file (started as `npm start` starts
// it), the daos CLI run against it, and library sessions acting as the CLI's own user.
import assert from 'node:assert/strict';
import { callerCredential, DaosClient, MgmtClient, PoolContainers } from '@daos-nats/client';
import { TestSystem, type CliResult } from '@daos-nats/testkit';

export const e2e: { sys: TestSystem } = { sys: undefined as unknown as TestSystem };

/** Start the system of this file and create the pool `tank` in it. */
export async function startWithPool(): Promise<TestSystem> {
  e2e.sys = await TestSystem.start();
  ok(await e2e.sys.dmg(['pool', 'create', '--size', '1G', 'tank']));
  return e2e.sys;
}

export function ok(r: CliResult): CliResult {
  assert.equal(r.code, 0, `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

export function fails(r: CliResult, der: string, code = 1): void {
  assert.equal(r.code, code, `expected exit ${code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  assert.match(r.stderr + r.stdout, new RegExp(der), `expected ${der}`);
}

export const daosJson = async (args: string[], env?: NodeJS.ProcessEnv) => ok(await e2e.sys.daos(['--json', ...args], env ? { env } : {})).response;

/** A library session acting as the same user the CLI runs as. */
export async function session(): Promise<{ client: DaosClient; mgmt: MgmtClient }> {
  const client = await DaosClient.connect({ natsUrl: e2e.sys.natsUrl, system: e2e.sys.system, credential: callerCredential() });
  return { client, mgmt: new MgmtClient(client, { replicas: e2e.sys.record.msReplicas }) };
}

/** Run `fn` with the pool connected as the CLI's own user, through the library (for checks that need no CLI). */
export async function withPool<T>(fn: (p: PoolContainers) => Promise<T>): Promise<T> {
  const { client, mgmt } = await session();
  try {
    const p = await PoolContainers.connect(client, mgmt, 'tank');
    try {
      return await fn(p);
    } finally {
      await p.close();
    }
  } finally {
    await client.close();
  }
}

