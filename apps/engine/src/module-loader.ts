import { assert, InvalidError, NonexistError } from '@daos-nats/base';
import type { DssModule } from './dss-module.js';

/** The directory of the modules built into the engine. */
export const BUILTIN_MODULE_DIR = new URL('./modules/', import.meta.url).href;

/** Under tsx the sources are .ts; built, they are .js. */
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

const NAME = /^[a-z][a-z0-9_]{0,31}$/;

export class ModuleLoadError extends NonexistError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModuleLoadError';
  }
}

/**
 * Loads modules by name (DAOS dss_module_load: dlopen of lib<name>.so) with dynamic import() of
 * `<dir>/<name>-module{.ts,.js}`, whose default export is the DssModule. An unknown name, a file
 * without a valid module, a name mismatch or a duplicate id is an error naming the module.
 */
export async function loadModules(names: readonly string[], dir: string = BUILTIN_MODULE_DIR): Promise<DssModule[]> {
  const out: DssModule[] = [];
  for (const name of names) {
    if (!NAME.test(name)) throw new InvalidError(`module name ${JSON.stringify(name)} must match ${NAME}`);
    const url = new URL(`${name}-module${EXT}`, dir.endsWith('/') ? dir : `${dir}/`).href;
    let mod: { default?: DssModule };
    try {
      mod = (await import(url)) as { default?: DssModule };
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ERR_MODULE_NOT_FOUND') throw new ModuleLoadError(`unknown module ${JSON.stringify(name)} (no ${url})`, { cause: err });
      throw new ModuleLoadError(`module ${JSON.stringify(name)} failed to load: ${(err as Error).message}`, { cause: err });
    }
    const m = mod.default;
    if (!m || m.name !== name || !Number.isInteger(m.id)) throw new ModuleLoadError(`${url} does not export a DssModule named ${JSON.stringify(name)}`);
    if (out.some((o) => o.id === m.id)) throw new ModuleLoadError(`module ${name} reuses module id ${m.id}`);
    if ((m.rpcHandlers?.length ?? 0) > 2) throw new ModuleLoadError(`module ${name} has more than two protocol versions`);
    out.push(m);
  }
  assert(out.length === names.length, 'every named module loaded');
  return out;
}
