import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DaosClient, MemberState, MgmtClient, writeSystemFile, type SystemFile, type SystemProcess } from '@daos-nats/client';
import type { LauncherOptions } from './launcher-options.js';
import { ManagedProcess } from './managed-process.js';
import { startNatsServer } from './nats-server-process.js';
import { exitWithParentEnv } from '@daos-nats/base';

type ServiceKind = 'mgmt-service' | 'pool-service' | 'container-service' | 'lock-service';

/** Kinds that join the system as members (the MS and the lock service have static ranks instead). */
function isMember(kind: ServiceKind): boolean {
  return kind === 'pool-service' || kind === 'container-service';
}

/** The repository root, from this file's place in it (apps/launcher/src). */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

interface Service {
  readonly name: string;
  readonly kind: ServiceKind;
  readonly dataDir: string;
  readonly rank?: number;
  readonly process: ManagedProcess;
}

/**
 * One system on this machine: nats-server (unless given), the MS replicas, the pool and container
 * service members. `start()` brings it up and records it in `<dataDir>/system.json`; `stop()` takes
 * it down in the reverse order (members, then the MS, then NATS).
 */
export class Launcher {
  private nats: ManagedProcess | undefined;
  private natsUrl = '';
  private readonly services: Service[] = [];
  private stopping = false;
  private startedAt = new Date().toISOString();

  constructor(
    private readonly o: LauncherOptions,
    private readonly write: (line: string) => void,
  ) {}

  /** The NATS URL in use (after start). */
  get url(): string {
    return this.natsUrl;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  async start(): Promise<void> {
    this.startedAt = new Date().toISOString();
    if (this.o.natsUrl) this.natsUrl = this.o.natsUrl;
    else {
      const started = await startNatsServer({
        dir: join(this.o.dataDir, 'nats'),
        write: this.write,
        startTimeoutMs: 10_000,
        onExit: () => {
          if (!this.stopping) this.write('[launcher] nats-server exited unexpectedly: the services cannot talk until it is back; stop with Ctrl-C');
        },
      });
      this.nats = started.process;
      this.natsUrl = started.url;
    }
    this.write(`[launcher] NATS at ${this.natsUrl}, system ${this.o.system}, data in ${this.o.dataDir}`);
    for (const [i, rank] of this.o.msReplicas.entries()) this.spawn('mgmt-service', i, { RANK: String(rank) }, rank);
    await this.record();
    for (let i = 0; i < this.o.poolServices; i++) this.spawn('pool-service', i, { FAULT_DOMAIN: `/node${i}` });
    for (let i = 0; i < this.o.containerServices; i++) this.spawn('container-service', i, { FAULT_DOMAIN: `/node${i}` });
    // The lock service's replicas have static ranks 0..n-1 of its own namespace (not members).
    const lockRanks = Array.from({ length: this.o.lockServices }, (_, i) => i);
    for (const i of lockRanks) this.spawn('lock-service', i, { RANK: String(i), LOCK_REPLICAS: lockRanks.join(',') });
    await this.record();
  }

  private spawn(kind: ServiceKind, i: number, extra: Record<string, string>, rank?: number): void {
    const name = `${kind}-${i}`;
    const dataDir = join(this.o.dataDir, name);
    const main = join(REPO, 'apps', kind, 'src', 'main.ts');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NATS_URL: this.natsUrl,
      DAOS_SYSTEM: this.o.system,
      DATA_DIR: dataDir,
      MS_REPLICAS: this.o.msReplicas.join(','),
      INSTANCE: String(i),
      ...exitWithParentEnv(), // a launcher killed with SIGKILL leaves no orphans behind
      ...extra,
    };
    const proc = new ManagedProcess({
      name,
      command: process.execPath,
      args: ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), main],
      env,
      cwd: REPO,
      write: this.write,
      onExit: (code, signal) => {
        if (!this.stopping) this.write(`[launcher] ${name} exited unexpectedly (${signal ?? `code ${code}`}); the others carry on`);
      },
    });
    this.services.push({ name, kind, dataDir, process: proc, ...(rank !== undefined ? { rank } : {}) });
  }

  private async record(readyAt?: string): Promise<void> {
    const processes: SystemProcess[] = [
      ...(this.nats ? [{ name: 'nats-server', kind: 'nats-server' as const, pid: this.nats.pid }] : []),
      ...this.services.map((s) => ({ name: s.name, kind: s.kind, pid: s.process.pid, dataDir: s.dataDir, ...(s.rank !== undefined ? { rank: s.rank } : {}) })),
    ];
    const file: SystemFile = {
      version: 1,
      system: this.o.system,
      natsUrl: this.natsUrl,
      msReplicas: this.o.msReplicas,
      launcherPid: process.pid,
      startedAt: this.startedAt,
      ...(readyAt ? { readyAt } : {}),
      processes,
    };
    await writeSystemFile(this.o.dataDir, file);
  }

  /** UUID of each member process, from the identity file its agent writes on first start. */
  private async memberUuids(): Promise<Map<string, string>> {
    const uuids = new Map<string, string>();
    for (const s of this.services) {
      if (!isMember(s.kind)) continue;
      try {
        const id = JSON.parse(await readFile(join(s.dataDir, 'member.json'), 'utf8')) as { uuid?: string };
        if (id.uuid) uuids.set(id.uuid, s.name);
      } catch {
        // Not written yet.
      }
    }
    return uuids;
  }

  /**
   * Wait until the MS reports every member process Joined; true if so within readyTimeoutMs.
   * Then `readyAt` goes into the system file (what the end-to-end fixture waits for).
   */
  async waitReady(timeoutMs = this.o.readyTimeoutMs): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const members = this.services.filter((s) => isMember(s.kind)).length;
    await using client = await DaosClient.connect({ natsUrl: this.natsUrl, system: this.o.system, name: 'launcher', callTimeoutMs: 5_000 });
    const mgmt = new MgmtClient(client, { replicas: this.o.msReplicas });
    let last = '';
    while (!this.stopping && Date.now() < deadline) {
      try {
        const uuids = await this.memberUuids();
        if (uuids.size === members) {
          const q = await mgmt.systemQuery({}, { callTimeoutMs: 5_000 });
          const joined = q.members.filter((m) => uuids.has(m.uuid) && m.state === MemberState.Joined).length;
          if (joined === members) {
            await this.record(new Date().toISOString());
            return true;
          }
          last = `${joined} of ${members} members joined`;
        } else last = `${uuids.size} of ${members} members have an identity`;
      } catch (e) {
        last = String(e);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    if (!this.stopping) this.write(`[launcher] the system is not ready after ${timeoutMs} ms (${last}); still waiting`);
    return false;
  }

  /** Stop everything: members, then the MS replicas, then NATS. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const grace = this.o.stopGraceMs;
    for (const kind of ['lock-service', 'container-service', 'pool-service', 'mgmt-service'] as const) {
      await Promise.all(this.services.filter((s) => s.kind === kind).map((s) => s.process.stop(grace)));
    }
    if (this.nats) {
      await this.nats.stop(grace);
      this.nats.proc.stdin?.end();
    }
    await this.record();
  }

}
