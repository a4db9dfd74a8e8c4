import { InvalidError, NonexistError } from '@daos-nats/base';
import type { IvRange, IvValue } from './messages.js';

/**
 * One kind of incast variable (DAOS `ds_iv_class_ops`). Keys travel packed; `keyCheck` is the
 * unpack: it throws if the bytes are not a canonical key of this class, and then nothing is
 * cached or forwarded. Two keys are the same key exactly when their packed bytes are equal, so
 * packing must be canonical (the typed clients in this lib pack with a fixed layout).
 */
export interface IvClass {
  readonly id: number;
  readonly name: string;
  keyCheck(key: Uint8Array): void;
  /**
   * Root only: read the entry from the source of truth (the pool or container service).
   * `value` undefined means the key does not exist there (e.g. an evicted handle).
   */
  fetchSource(pool: string, key: Uint8Array): Promise<IvValue>;
  /**
   * Root only, optional (DAOS `ent_update` at the root): write the value to the source of truth
   * after every lease on the old one is revoked and before it is committed; if it throws,
   * nothing is committed. Classes whose source changes first (the pool service commits, then
   * updates IV) leave it out.
   */
  updateSource?(pool: string, key: Uint8Array, entry: IvValue): Promise<void>;
  /**
   * Root only, for range classes (DAOS IV_OID): reserve at least `count` consecutive ids at the
   * source of truth (the container service), never handed out before. Absent: not a range class.
   */
  allocSource?(pool: string, key: Uint8Array, count: number): Promise<IvRange>;
  /** A new value was stored in this cache (after an update or a push). */
  onUpdate?(pool: string, key: Uint8Array, entry: IvValue): void;
  /** The entry was dropped from this cache (revocation before an update, or invalidation). */
  onRefresh?(pool: string, key: Uint8Array): void;
  /** Whether a cached value may be served; an invalid one is refetched. Defaults to true. */
  valid?(entry: IvValue): boolean;
}

/** The classes one cache knows; an unknown class id is refused with DER_NONEXIST. */
export class IvClassRegistry {
  private readonly byId = new Map<number, IvClass>();

  constructor(classes: readonly IvClass[] = []) {
    for (const c of classes) this.register(c);
  }

  register(c: IvClass): void {
    if (!Number.isSafeInteger(c.id) || c.id < 1) throw new InvalidError(`iv class id must be a positive integer, got ${c.id}`);
    if (this.byId.has(c.id)) throw new InvalidError(`iv class ${c.id} (${c.name}) is already registered`);
    this.byId.set(c.id, c);
  }

  get(id: number): IvClass {
    const c = this.byId.get(id);
    if (!c) throw new NonexistError(`iv class ${id} is unknown`);
    return c;
  }

  /** The class, with the key checked (unpacked); throws InvalidError for a key that does not unpack. */
  checked(id: number, key: Uint8Array): IvClass {
    const c = this.get(id);
    try {
      c.keyCheck(key);
    } catch (e) {
      throw new InvalidError(`iv class ${c.name}: key does not unpack`, { cause: e });
    }
    return c;
  }
}
