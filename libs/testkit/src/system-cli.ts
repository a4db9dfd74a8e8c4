import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What one CLI run gave back. */
export interface CliResult {
  /** Exit code (0 ok, 1 DAOS error, 2 usage error). */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON when it is JSON (the `--json` envelope `{response, error, status}`). */
  readonly json: { response: any; error: string | null; status: number } | undefined;
  /** `json.response`, for brevity. */
  readonly response: any;
  /** How long it took, process start included. */
  readonly elapsedMs: number;
}

export interface CliRunOptions {
  /** Extra environment, e.g. `asUser('bob')`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the CLI after this long (it has its own deadlines; this is the backstop). */
  readonly timeoutMs?: number;
}

/** Environment that makes the CLI act as another user (the services see this credential). */
export function asUser(user: string, group = user, groups: readonly string[] = []): NodeJS.ProcessEnv {
  return { DAOS_NATS_USER: user, DAOS_NATS_GROUP: group, DAOS_NATS_GROUPS: groups.join(',') };
}

/** Run `tool` ("dmg" | "daos") from its sources, as `npx <tool>` does, and collect what it printed. */
export function runCli(tool: 'dmg' | 'daos', args: readonly string[], o: CliRunOptions = {}): Promise<CliResult> {
  const main = join(REPO_ROOT, 'apps', tool, 'src', 'main.ts');
  const env: NodeJS.ProcessEnv = { ...process.env, ...o.env };
  // The test's own NATS settings must not leak in: the CLI finds the system from --data-dir.
  delete env['NATS_URL'];
  delete env['DAOS_SYSTEM'];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@daos-nats/source', '--import', import.meta.resolve('tsx'), main, ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    const timeoutMs = o.timeoutMs ?? 120_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${tool} ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      let json: CliResult['json'];
      try {
        json = stdout.trim().startsWith('{') ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, json, response: json?.response, elapsedMs: performance.now() - started });
    });
  });
}
