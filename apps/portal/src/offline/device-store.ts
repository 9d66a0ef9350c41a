/** Records kept on the device by their id: all an offline queue needs of where it keeps its work. */
export interface DeviceStore<T extends { id: string }> {
  all(): Promise<T[]>;
  put(item: T): Promise<void>;
  delete(id: string): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** One object store of an IndexedDB database of its own: survives a reload and a night without network. */
export class IndexedDbStore<T extends { id: string }> implements DeviceStore<T> {
  private db: Promise<IDBDatabase> | null = null;

  constructor(
    private readonly database: string,
    private readonly storeName: string,
  ) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const open = indexedDB.open(this.database, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(this.storeName, { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB unavailable'));
    });
    return this.db;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction(this.storeName, mode).objectStore(this.storeName);
  }

  async all(): Promise<T[]> {
    return request((await this.store('readonly')).getAll() as IDBRequest<T[]>);
  }

  async put(item: T): Promise<void> {
    await request((await this.store('readwrite')).put(item));
  }

  async delete(id: string): Promise<void> {
    await request((await this.store('readwrite')).delete(id));
  }
}

/** In memory, for tests: a copy is kept, as IndexedDB keeps one, so later changes to the object stay out. */
export class MemoryStore<T extends { id: string }> implements DeviceStore<T> {
  readonly items = new Map<string, T>();

  all(): Promise<T[]> {
    return Promise.resolve([...this.items.values()]);
  }

  put(item: T): Promise<void> {
    this.items.set(item.id, structuredClone(item));
    return Promise.resolve();
  }

  delete(id: string): Promise<void> {
    this.items.delete(id);
    return Promise.resolve();
  }
}
