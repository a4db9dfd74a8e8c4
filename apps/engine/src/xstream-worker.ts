// The body of one xstream (DAOS dss_xstream): a worker thread that loads the engine's modules,
// creates its thread-local storage from their keys, then runs RPCs one at a time in arrival
// order, so a target's storage has a single writer. An exception that escapes a handler's
// promise is not caught here on purpose: it kills the thread and the engine exits loudly.
import { parentPort, workerData } from 'node:worker_threads';
import { codeOf, DER, NoSysError } from '@daos-nats/base';
import type { DssModule, XstreamContext } from './dss-module.js';
import { loadModules } from './module-loader.js';
import type { FromXstream, ToXstream, XstreamInit } from './xstream-messages.js';

const init = workerData as XstreamInit;
const port = parentPort!;
const modules = await loadModules(init.modules, init.moduleDir);
const byId = new Map<number, DssModule>(modules.map((m) => [m.id, m]));
const tls = new Map<string, unknown>();
for (const m of modules) for (const k of m.tlsKeys ?? []) tls.set(`${m.name}/${k.name}`, k.create(init));

let rank: number | undefined;
const ctx: XstreamContext = {
  ...init,
  get rank() {
    return rank;
  },
  tls<T>(module: string, key: string): T {
    const id = `${module}/${key}`;
    if (!tls.has(id)) throw new NoSysError(`no TLS key ${id} on xstream ${init.xsId}`);
    return tls.get(id) as T;
  },
};

let chain: Promise<void> = Promise.resolve();
port.on('message', (m: ToXstream) => {
  if (m.kind === 'rank') {
    rank = m.rank;
    return;
  }
  chain = chain.then(() => run(m));
});
port.postMessage({ kind: 'ready' } satisfies FromXstream);

async function run(m: Extract<ToXstream, { kind: 'rpc' }>): Promise<void> {
  let reply: FromXstream;
  try {
    const table = byId.get(m.module)?.rpcHandlers?.find((t) => t.version === m.version);
    const h = table?.handlers.get(m.opcode);
    if (!h) throw new NoSysError(`no handler for module ${m.module} opcode ${m.opcode} version ${m.version}`);
    const body = await h(m.body, ctx);
    reply = { kind: 'reply', id: m.id, status: 0, message: '', body };
  } catch (err) {
    const code = codeOf(err);
    reply = { kind: 'reply', id: m.id, status: code === 0 ? DER.MISC : code, message: (err as Error).message ?? String(err), body: new Uint8Array() };
  }
  port.postMessage(reply);
}
