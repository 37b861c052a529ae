import { MemoryStorage, Storage, StoreItem, StoreItems } from 'botbuilder';
import type { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../config';
import { isStateConflict } from './commitThenSend';

/**
 * Where conversation state lives.
 *
 * - `memory` (default): in this process only; nothing is written to disk or sent anywhere, and a restart
 *   forgets every conversation.
 * - `blob`: Azure Blob Storage through Microsoft's `BlobsStorage`, the store Azure Bot Service deployments
 *   use, so every instance of the bot shares one state and a restart carries on where it was.
 *
 * Either way the store is wrapped in a {@link StateStore}, which forgets idle conversations and makes
 * concurrent turns of one conversation detect each other (see there).
 */
export function createStorage(config: Config, options: { now?: () => number } = {}): StateStore {
  const ttlMs = config.stateTtlMinutes * 60_000;
  const now = options.now ?? Date.now;
  const timeoutMs = config.storageTimeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;
  if (config.storage === 'blob') {
    return new StateStore(retryingBlobsStorage(config.blobConnectionString, config.blobContainer, timeoutMs), { ttlMs, now, timeoutMs });
  }
  const memory = new ExpiringMemoryStorage(now);
  // An abandoned conversation is never read again, so in memory it is swept out instead (blob: lifecycle rule).
  const sweeper = setInterval(() => memory.sweep(now() - ttlMs), Math.min(ttlMs, 10 * 60_000));
  sweeper.unref();
  return new StateStore(memory, { ttlMs, now, timeoutMs });
}

export const DEFAULT_STORAGE_TIMEOUT_MS = 5000;

/**
 * Microsoft's BlobsStorage, made to recover from an outage:
 *
 * - It creates its container once and keeps that first promise for ever, so an instance started while
 *   storage was unreachable never worked again. Here a failed creation is forgotten and tried again on the
 *   next call.
 * - The Azure SDK's default retries (four tries, growing back-off) held a turn about 32 seconds. Here each
 *   try is bounded and there are three, close together, so a call gives up within the StateStore's timeout.
 *   Three, not two: a connection kept open for the next call can be closed by the store's end while idle
 *   (Azurite closes its side after 5 s), and a turn that reads state, takes a while, then writes finds it
 *   reset (ECONNRESET). The state was read on two such connections at once, so two tries can both meet a
 *   closed one; the third opens a fresh one.
 */
export function retryingBlobsStorage(connectionString: string, container: string, timeoutMs = DEFAULT_STORAGE_TIMEOUT_MS): BlobsStorage {
  const maxTries = 3;
  const tryTimeoutInMs = Math.max(500, Math.floor(timeoutMs / maxTries));
  // Loaded only when blob storage is chosen: the Azure SDK adds about a tenth of a second to every start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { BlobsStorage: Blobs } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
  const storage = new Blobs(connectionString, container, {
    storagePipelineOptions: { retryOptions: { maxTries, tryTimeoutInMs, retryDelayInMs: 100, maxRetryDelayInMs: 500 } },
  });
  // `_initialize` is BlobsStorage's own (botbuilder-azure-blobs 4.23): it caches createIfNotExists().
  const inner = storage as unknown as { _initialize?: () => Promise<unknown>; _initializePromise?: Promise<unknown> };
  const initialize = inner._initialize?.bind(storage);
  if (initialize) {
    inner._initialize = () => {
      const promise = initialize();
      promise.catch(() => {
        if (inner._initializePromise === promise) inner._initializePromise = undefined;
      });
      return promise;
    };
  }
  return storage;
}

/**
 * Thrown when the store did not answer in time or failed for any reason other than an eTag conflict. The
 * bot answers honestly instead of going silent (see SignpostBot.run), and /readyz reports it.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(readonly operation: 'read' | 'write' | 'delete', readonly reason: string) {
    super(`Storage ${operation} failed: ${reason}`);
  }
}

export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return error instanceof StorageUnavailableError;
}

/** The storage error's short name or code, never its message (which may hold URLs or keys). */
function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; name?: unknown; statusCode?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.statusCode === 'number' ? `status ${e.statusCode}` : undefined;
  return String(code ?? (typeof e?.name === 'string' ? e.name : 'error')).slice(0, 60);
}

/**
 * MemoryStorage that really lets go. botbuilder's MemoryStorage.delete leaves each key behind (set to
 * undefined), so a long-running process would keep a key for every conversation it ever had; and it never
 * forgets a conversation that is simply abandoned. This one deletes keys and sweeps out idle records.
 */
export class ExpiringMemoryStorage extends MemoryStorage {
  /** Last write per key, oldest first (a key is moved to the end when written). */
  private readonly written = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    const at = this.now();
    for (const key of Object.keys(changes)) {
      this.written.delete(key);
      this.written.set(key, at);
    }
  }

  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      delete this.memory[key];
      this.written.delete(key);
    }
  }

  /** Removes records last written before `cutoff`; returns how many. */
  sweep(cutoff: number): number {
    let removed = 0;
    for (const [key, at] of this.written) {
      if (at >= cutoff) break; // Oldest first: everything after this is newer.
      delete this.memory[key];
      this.written.delete(key);
      removed += 1;
    }
    return removed;
  }

  /** How many records are held (for the load bench and tests). */
  get size(): number {
    return this.written.size;
  }
}

export interface StateStoreOptions {
  /** Records not written for this long are treated as absent, and deleted when next read. */
  ttlMs: number;
  /** Milliseconds since the epoch; injected so expiry can be tested without waiting. */
  now?: () => number;
  /** Longest one call to the inner store may take; then it fails with StorageUnavailableError. */
  timeoutMs?: number;
}

export interface StorageReadiness {
  ok: boolean;
  /** Why not, as a short code (never the store's own error text). */
  reason?: string;
}

/** The time a record was last written, kept beside the bot's own state in the store. */
const LAST_SEEN = 'lastSeen';

/**
 * A Storage wrapper that adds two things the bot needs once state is shared or long-lived.
 *
 * **Expiry.** Every write stamps `lastSeen`. A record older than the TTL is treated as absent and deleted,
 * so an abandoned conversation's answers do not stay in the store for ever. (For Blob Storage also set a
 * lifecycle management rule as a backstop for records that are never read again: see docs/storage.md.)
 *
 * **Optimistic concurrency.** `BotState.saveChanges` (botbuilder 4.23) overwrites the eTag with `*`, so two
 * instances running turns of one conversation at once would silently lose one turn's changes. This store
 * remembers the eTag each state object was read with and writes with that eTag instead, so the second
 * writer gets a conflict ({@link isStateConflict}) and {@link commitThenSend} can run its turn again on
 * fresh state. The eTag is held in a WeakMap keyed by the very object BotState caches and later writes.
 */
export class StateStore implements Storage {
  private readonly readTags = new WeakMap<object, string>();
  private readonly now: () => number;

  constructor(readonly inner: Storage, private readonly options: StateStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Runs one call to the inner store with a deadline; any failure but an eTag conflict becomes StorageUnavailableError. */
  private guard<T>(operation: 'read' | 'write' | 'delete', call: () => Promise<T>): Promise<T> {
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new StorageUnavailableError(operation, 'timeout')), timeoutMs);
      timer.unref?.();
      call().then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(isStateConflict(error) ? error : new StorageUnavailableError(operation, reasonOf(error)));
        },
      );
    });
  }

  private lastCheck: { at: number; result: Promise<StorageReadiness> } | undefined;

  /**
   * Whether the store answers (a read of a key that need not exist), for the readiness route. One check at
   * a time and at most one a second, however often it is asked, so probing cannot load the store.
   */
  ready(): Promise<StorageReadiness> {
    const at = Date.now();
    if (this.lastCheck && at - this.lastCheck.at < 1000) return this.lastCheck.result;
    const result = this.guard('read', () => this.inner.read(['send-signpost/readiness'])).then(
      (): StorageReadiness => ({ ok: true }),
      (error: unknown): StorageReadiness => ({ ok: false, reason: isStorageUnavailable(error) ? error.reason : 'error' }),
    );
    this.lastCheck = { at, result };
    return result;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.guard('read', () => this.inner.read(keys));
    const result: StoreItems = {};
    const expired: string[] = [];
    const cutoff = this.now() - this.options.ttlMs;
    for (const [key, item] of Object.entries(items)) {
      if (!item || typeof item !== 'object') continue;
      const { [LAST_SEEN]: lastSeen, ...state } = item as StoreItem & { [LAST_SEEN]?: unknown };
      // A record with no stamp predates this wrapper; keep it (its next write stamps it).
      const seenAt = typeof lastSeen === 'string' ? Date.parse(lastSeen) : NaN;
      if (!Number.isNaN(seenAt) && seenAt < cutoff) {
        expired.push(key);
        continue;
      }
      if (typeof state.eTag === 'string' && state.eTag !== '*') this.readTags.set(state, state.eTag);
      result[key] = state;
    }
    if (expired.length > 0) {
      // Tidying up must never fail a parent's turn: if the delete fails, the record still reads as absent.
      await this.guard('delete', () => this.inner.delete(expired)).catch(() => undefined);
    }
    return result;
  }

  async write(changes: StoreItems): Promise<void> {
    const stamped: StoreItems = {};
    const seen = new Date(this.now()).toISOString();
    for (const [key, change] of Object.entries(changes)) {
      const item = (change ?? {}) as StoreItem;
      const readTag = this.readTags.get(item);
      // An explicit eTag from the caller wins; `*` (what BotState always sends) becomes the eTag we read.
      const eTag = typeof item.eTag === 'string' && item.eTag !== '*' ? item.eTag : (readTag ?? '*');
      stamped[key] = { ...item, eTag, [LAST_SEEN]: seen };
    }
    await this.guard('write', () => this.inner.write(stamped));
    // The store does not tell us the new eTag, so a second save of the same object this turn is unconditional.
    for (const change of Object.values(changes)) if (change && typeof change === 'object') this.readTags.delete(change);
  }

  delete(keys: string[]): Promise<void> {
    return this.guard('delete', () => this.inner.delete(keys));
  }
}
