import { MemoryStorage, Storage, StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../config';

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
  if (config.storage === 'blob') return new StateStore(new BlobsStorage(config.blobConnectionString, config.blobContainer), { ttlMs, now });
  const memory = new ExpiringMemoryStorage(now);
  // An abandoned conversation is never read again, so in memory it is swept out instead (blob: lifecycle rule).
  const sweeper = setInterval(() => memory.sweep(now() - ttlMs), Math.min(ttlMs, 10 * 60_000));
  sweeper.unref();
  return new StateStore(memory, { ttlMs, now });
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

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
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
      await this.inner.delete(expired).catch(() => undefined);
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
    await this.inner.write(stamped);
    // The store does not tell us the new eTag, so a second save of the same object this turn is unconditional.
    for (const change of Object.values(changes)) if (change && typeof change === 'object') this.readTags.delete(change);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
