// Where the engine keeps what must survive a reload: the unsent outbox, the composer's draft and
// the last messages of the conversation. A small async key-value interface, so a team can pass
// IndexedDB, a native bridge or its own server-backed store; `localStorage` by default in browsers,
// memory elsewhere. Every implementation here swallows its own failures (private mode, quota,
// a storage that throws): persisting is best effort and must never break sending.

/**
 * An async key-value store of strings. Implementations may reject; the engine tolerates it.
 * A store that can also keep files (`getBlob`/`setBlob`/`removeBlob`, e.g. `createIndexedDbStorage`)
 * lets an attachment still waiting to upload survive a reload; without them such an attachment
 * comes back as failed with "choose the file again".
 */
export interface KefuStorage {
  get(key: string): Promise<string | null>
  set(key: string, value: string): Promise<void>
  remove(key: string): Promise<void>
  getBlob?(key: string): Promise<Blob | null>
  setBlob?(key: string, value: Blob): Promise<void>
  removeBlob?(key: string): Promise<void>
}

/**
 * A store in memory: nothing survives the page. The default outside browsers. `keepFiles` adds the
 * Blob methods (a stand-in for IndexedDB in tests and server-side rendering).
 */
export function createMemoryStorage(options: { keepFiles?: boolean } = {}): KefuStorage {
  const data = new Map<string, string>()
  const storage: KefuStorage = {
    get: (key) => Promise.resolve(data.has(key) ? (data.get(key) as string) : null),
    set: (key, value) => {
      data.set(key, String(value))
      return Promise.resolve()
    },
    remove: (key) => {
      data.delete(key)
      return Promise.resolve()
    },
  }
  if (options.keepFiles) {
    const blobs = new Map<string, Blob>()
    storage.getBlob = (key) => Promise.resolve(blobs.get(key) ?? null)
    storage.setBlob = (key, value) => {
      blobs.set(key, value)
      return Promise.resolve()
    }
    storage.removeBlob = (key) => {
      blobs.delete(key)
      return Promise.resolve()
    }
  }
  return storage
}

interface IdbRequestLike<T> {
  result: T
  error: unknown
  onsuccess: ((this: unknown, ev: unknown) => unknown) | null
  onerror: ((this: unknown, ev: unknown) => unknown) | null
}
interface IdbOpenRequestLike extends IdbRequestLike<IdbDatabaseLike> {
  onupgradeneeded: ((this: unknown, ev: unknown) => unknown) | null
}
interface IdbDatabaseLike {
  objectStoreNames: { contains(name: string): boolean }
  createObjectStore(name: string): unknown
  transaction(store: string, mode: 'readonly' | 'readwrite'): { objectStore(name: string): IdbStoreLike }
}
interface IdbStoreLike {
  get(key: string): IdbRequestLike<unknown>
  put(value: unknown, key: string): IdbRequestLike<unknown>
  delete(key: string): IdbRequestLike<unknown>
}
interface IdbFactoryLike {
  open(name: string, version?: number): IdbOpenRequestLike
}

function request<T>(req: IdbRequestLike<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/**
 * A store in IndexedDB (one database, one object store) that keeps strings AND files: with it, an
 * attachment still waiting to upload is sent after a reload. Where IndexedDB is missing or fails
 * to open (some private modes), it falls back to memory (without files). Every failure is
 * swallowed: reads give null, writes are dropped.
 */
export function createIndexedDbStorage(options: { database?: string; store?: string } = {}): KefuStorage {
  const dbName = options.database || 'kefu-kit'
  const storeName = options.store || 'kv'
  const fallback = createMemoryStorage()
  let opened: Promise<IdbDatabaseLike | null> | null = null
  function db(): Promise<IdbDatabaseLike | null> {
    opened ??= new Promise<IdbDatabaseLike | null>((resolve) => {
      try {
        const factory = (globalThis as { indexedDB?: IdbFactoryLike }).indexedDB
        if (!factory || typeof factory.open !== 'function') return resolve(null)
        const req = factory.open(dbName, 1)
        req.onupgradeneeded = () => {
          const d = req.result
          if (!d.objectStoreNames.contains(storeName)) d.createObjectStore(storeName)
        }
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => resolve(null)
      } catch {
        resolve(null)
      }
    })
    return opened
  }
  async function read(key: string): Promise<unknown> {
    const d = await db()
    if (!d) return undefined
    try {
      return await request(d.transaction(storeName, 'readonly').objectStore(storeName).get(key))
    } catch {
      return null
    }
  }
  async function write(key: string, value: unknown): Promise<boolean> {
    const d = await db()
    if (!d) return false
    try {
      const store = d.transaction(storeName, 'readwrite').objectStore(storeName)
      await request(value === undefined ? store.delete(key) : store.put(value, key))
    } catch {
      // full or forbidden: dropped
    }
    return true
  }
  const isBlob = (v: unknown): v is Blob => typeof v === 'object' && v !== null && typeof (v as Blob).size === 'number' && typeof (v as Blob).slice === 'function'
  return {
    async get(key) {
      const v = await read(key)
      if (v === undefined) return fallback.get(key)
      return typeof v === 'string' ? v : null
    },
    async set(key, value) {
      if (!(await write(key, String(value)))) await fallback.set(key, value)
    },
    async remove(key) {
      if (!(await write(key, undefined))) await fallback.remove(key)
    },
    async getBlob(key) {
      const v = await read(`blob:${key}`)
      return isBlob(v) ? v : null
    },
    async setBlob(key, value) {
      await write(`blob:${key}`, value)
    },
    async removeBlob(key) {
      await write(`blob:${key}`, undefined)
    },
  }
}

interface WebStorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

function webStorage(): WebStorageLike | null {
  try {
    // reading `localStorage` itself throws where storage is disabled
    const s = (globalThis as { localStorage?: WebStorageLike }).localStorage
    return s && typeof s.getItem === 'function' ? s : null
  } catch {
    return null
  }
}

/**
 * A store over `window.localStorage`, every key prefixed. Where localStorage is missing or throws
 * (private mode, a full quota, disabled cookies) reads give null and writes are dropped.
 */
export function createLocalStorage(prefix = 'kefu:'): KefuStorage {
  return {
    get(key) {
      try {
        return Promise.resolve(webStorage()?.getItem(prefix + key) ?? null)
      } catch {
        return Promise.resolve(null)
      }
    },
    set(key, value) {
      try {
        webStorage()?.setItem(prefix + key, value)
      } catch {
        // full or forbidden: the data stays in memory only
      }
      return Promise.resolve()
    },
    remove(key) {
      try {
        webStorage()?.removeItem(prefix + key)
      } catch {
        // nothing to do
      }
      return Promise.resolve()
    },
  }
}

/** `localStorage` where there is a browser window with one, memory otherwise. */
export function defaultStorage(): KefuStorage {
  const isBrowser = typeof (globalThis as { window?: unknown }).window !== 'undefined' && typeof (globalThis as { document?: unknown }).document !== 'undefined'
  return isBrowser && webStorage() ? createLocalStorage() : createMemoryStorage()
}

/**
 * Ownership of a stored outbox across tabs: only the holder sends what is stored, so two tabs of
 * the same customer never both send it. `acquire` resolves when the lock is granted (it may wait
 * for another tab to close) and resolves with a release function.
 */
export interface KefuLocks {
  acquire(name: string): Promise<() => void>
}

interface WebLocksLike {
  request(name: string, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>
}

/**
 * Web Locks (`navigator.locks`) where the browser has them: the lock lives as long as the tab (or
 * until released), and a waiting tab takes over when the owner closes. Without Web Locks every
 * engine owns its outbox at once (the single-tab assumption; the transport's client-id dedupe is
 * the last line of defence then).
 */
export function createWebLocks(): KefuLocks {
  const locks = (globalThis as { navigator?: { locks?: WebLocksLike } }).navigator?.locks
  if (!locks || typeof locks.request !== 'function') return createNoLocks()
  return {
    acquire: (name) =>
      new Promise((resolve) => {
        let granted = false
        locks
          .request(name, () => {
            granted = true
            return new Promise<void>((release) => resolve(() => release()))
          })
          .catch(() => {
            // a lock manager that refuses (opaque origin): fall back to owning it
            if (!granted) resolve(() => {})
          })
      }),
  }
}

/** Every request is granted at once. */
export function createNoLocks(): KefuLocks {
  return { acquire: () => Promise.resolve(() => {}) }
}

/** In-memory locks shared by whoever holds this object (two engines in one test = two tabs). */
export function createMemoryLocks(): KefuLocks {
  const held = new Set<string>()
  const waiting = new Map<string, Array<() => void>>()
  function grant(name: string, resolve: (release: () => void) => void): void {
    held.add(name)
    let released = false
    resolve(() => {
      if (released) return
      released = true
      held.delete(name)
      const next = waiting.get(name)?.shift()
      next?.()
    })
  }
  return {
    acquire: (name) =>
      new Promise((resolve) => {
        if (!held.has(name)) return grant(name, resolve)
        const queue = waiting.get(name) ?? []
        queue.push(() => grant(name, resolve))
        waiting.set(name, queue)
      }),
  }
}
