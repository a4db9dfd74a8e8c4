// Test support: docker-compose.yml and the Dockerfiles read as data, and one compose service turned
// into the local process that the container would run (same entrypoint, command, environment
// and volume layout), with the differences a single host forces made explicit in `LocalNet`.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import YAML from 'yaml';

export interface ComposeService {
  readonly image?: string;
  readonly build?: { readonly context: string; readonly dockerfile: string };
  readonly command?: readonly string[];
  readonly environment?: Readonly<Record<string, string>>;
  readonly volumes?: readonly string[];
  readonly depends_on?: Readonly<Record<string, { readonly condition: string }>>;
  readonly profiles?: readonly string[];
  readonly healthcheck?: unknown;
}

export interface ComposeFile {
  readonly services: Readonly<Record<string, ComposeService>>;
  readonly volumes: Readonly<Record<string, unknown>>;
}

export function readCompose(repo: string): ComposeFile {
  return YAML.parse(readFileSync(join(repo, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
}

/** What the tests need of a Dockerfile: its runtime stage's WORKDIR, COPY lines and ENTRYPOINT. */
export interface DockerfileModel {
  readonly path: string;
  /** COPY of every stage: `from` is the stage name (undefined: the build context). */
  readonly copies: ReadonlyArray<{ readonly from?: string; readonly sources: readonly string[]; readonly dest: string; readonly stage: number }>;
  readonly workdirs: readonly string[];
  readonly entrypoint: readonly string[];
}

export function readDockerfile(repo: string, path: string): DockerfileModel {
  const text = readFileSync(join(repo, path), 'utf8').replace(/\\\n/g, ' ');
  const copies: Array<DockerfileModel['copies'][number]> = [];
  const workdirs: string[] = [];
  let entrypoint: string[] = [];
  let stage = -1;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (/^FROM /i.test(line)) stage++;
    const copy = /^COPY\s+(.*)$/i.exec(line);
    if (copy) {
      const words = copy[1]!.split(/\s+/);
      const flags = words.filter((w) => w.startsWith('--'));
      const paths = words.filter((w) => !w.startsWith('--'));
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      copies.push({ ...(from ? { from } : {}), sources: paths.slice(0, -1), dest: paths.at(-1)!, stage });
    }
    const wd = /^WORKDIR\s+(\S+)/i.exec(line);
    if (wd) workdirs[stage] = wd[1]!;
    const ep = /^ENTRYPOINT\s+(\[.*\])$/i.exec(line);
    if (ep) entrypoint = JSON.parse(ep[1]!) as string[];
  }
  return { path, copies, workdirs, entrypoint };
}

/** A free TCP port on loopback (closed again: the caller binds it next). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/**
 * The one host standing in for the compose network: each compose host name and port maps to a
 * loopback port, and each named volume to a directory (`volumes/<name>`).
 */
export class LocalNet {
  private readonly ports = new Map<string, number>();

  constructor(readonly root: string) {}

  /** Bind `host:port` of the compose network to a loopback port. */
  map(host: string, port: number, local: number): void {
    this.ports.set(`${host}:${port}`, local);
  }

  volumeDir(name: string): string {
    const d = join(this.root, 'volumes', name);
    mkdirSync(d, { recursive: true });
    return d;
  }

  /** `name:/path[:ro]` → [containerPath, hostDir]. */
  mounts(svc: ComposeService): Array<[string, string]> {
    return (svc.volumes ?? []).map((v) => {
      const [name, path] = v.split(':');
      return [path!, this.volumeDir(name!)];
    });
  }

  /** A value as the process sees it here: compose addresses to loopback ports, mount paths to dirs. */
  rewrite(value: string, mounts: ReadonlyArray<[string, string]>): string {
    let v = value.replace(/\b([a-z][a-z0-9-]*):(\d+)\b/g, (all, host: string, port: string) => {
      const local = this.ports.get(`${host}:${port}`);
      return local === undefined ? all : `127.0.0.1:${local}`;
    });
    for (const [inside, outside] of mounts) if (v === inside || v.startsWith(`${inside}/`)) v = outside + v.slice(inside.length);
    return v;
  }
}

/** The bundle's sources are all older than it (tools/bundle-app.mjs's inputs.json). */
export function bundleIsFresh(repo: string, app: string): boolean {
  const dir = join(repo, 'apps', app, 'bundle');
  if (!existsSync(join(dir, 'inputs.json'))) return false;
  const built = statSync(join(dir, 'main.js')).mtimeMs;
  const { inputs } = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as { inputs: string[] };
  return inputs.every((f) => existsSync(join(repo, f)) && statSync(join(repo, f)).mtimeMs <= built);
}
