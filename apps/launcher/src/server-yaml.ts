import { join } from 'node:path';

export interface ServerYamlOptions {
  readonly system: string;
  readonly host: string;
  readonly natsUrl: string;
  readonly msReplicas: readonly number[];
  /** The server's directory: control sockets and the engine's data live under it. */
  readonly dir: string;
  readonly targets: number;
}

/** The daos_server.yml of one simulated host with one engine (see apps/server/README.md). */
export function serverYaml(o: ServerYamlOptions): string {
  return [
    `# written by npm start on every start`,
    `name: ${o.system}`,
    `host: ${o.host}`,
    `access_points: [node0]`,
    `ms_replicas: [${o.msReplicas.join(', ')}]`,
    `nats_url: ${JSON.stringify(o.natsUrl)}`,
    `control_dir: ${JSON.stringify(join(o.dir, 'ctl'))}`,
    `fault_path: /${o.host}`,
    `engines:`,
    `  - targets: ${o.targets}`,
    `    offload_xstreams: 1`,
    `    data_dir: ${JSON.stringify(join(o.dir, 'engine0'))}`,
    `    modules: [mgmt, obj]`,
    ``,
  ].join('\n');
}
