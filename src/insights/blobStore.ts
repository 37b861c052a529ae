import type { ContainerClient, RestError } from '@azure/storage-blob';
import { addLines, dayOf, type InsightsSink, type InsightsSource, type ReadResult } from './store';
import type { InsightRecord } from './types';

/**
 * Insights in Azure Blob Storage, for a bot that runs on several instances (STORAGE=blob): every instance
 * appends to its own append blob per UTC day, `2026-11-23/<instance>.jsonl`, in one container of the same
 * storage account as the conversation state. No two instances write to one blob, so nothing interleaves; the
 * report lists the day's blobs and reads them all. The retention sweep deletes whole days, whoever wrote them.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME_RE = /^(\d{4}-\d{2}-\d{2})\/([a-z0-9][a-z0-9._-]{0,80})\.jsonl$/;
/** An append block holds at most 4 MiB; a bigger batch goes in several. */
const MAX_BLOCK_BYTES = 4 * 1024 * 1024;
/** How often a blob recorder appends at most: 2 s keeps a day under 50,000 appends (the append blob limit). */
export const BLOB_APPEND_INTERVAL_MS = 2000;

/** An instance name usable in a blob name: lower case letters, digits, dot, dash and underscore. */
export function instanceName(raw: string): string {
  const cleaned = raw.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 80);
  return cleaned || 'instance';
}

export const blobNameFor = (day: string, instance: string, part = 0): string => `${day}/${instance}${part ? `.${part}` : ''}.jsonl`;

export interface BlobInsightsOptions {
  connectionString: string;
  container: string;
  /** This instance's name (see instanceName); ignored when only reading. */
  instance?: string;
}

/** Splits JSONL text into chunks of whole lines no bigger than an append block. */
function chunks(text: string): string[] {
  if (Buffer.byteLength(text) <= MAX_BLOCK_BYTES) return [text];
  const out: string[] = [];
  let current = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (current && Buffer.byteLength(current) + Buffer.byteLength(line) > MAX_BLOCK_BYTES) {
      out.push(current);
      current = '';
    }
    current += line;
  }
  if (current) out.push(current);
  return out;
}

export class BlobInsightsStore implements InsightsSink, InsightsSource {
  private readonly container: ContainerClient;
  private readonly instance: string;
  private ready?: Promise<unknown>;
  /** Blobs this instance has created (or found), and the part each day is on (a full blob moves to the next). */
  private readonly created = new Set<string>();
  private readonly parts = new Map<string, number>();

  constructor(options: BlobInsightsOptions) {
    // The Azure SDK (some 1 MB of code) is loaded here, by the first blob store made: a start whose insights go
    // to files, or nowhere, never loads it.
    const { BlobServiceClient } = require('@azure/storage-blob') as typeof import('@azure/storage-blob');
    this.container = BlobServiceClient.fromConnectionString(options.connectionString).getContainerClient(options.container);
    this.instance = instanceName(options.instance ?? 'instance');
  }

  private ensureContainer(): Promise<unknown> {
    // Private container: no public access. Retried on the next write if it failed.
    this.ready ??= this.container.createIfNotExists().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async append(day: string, lines: string): Promise<void> {
    await this.ensureContainer();
    for (const chunk of chunks(lines)) {
      for (let attempt = 0; ; attempt++) {
        const name = blobNameFor(day, this.instance, this.parts.get(day) ?? 0);
        const blob = this.container.getAppendBlobClient(name);
        try {
          if (!this.created.has(name)) {
            await blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/x-ndjson; charset=utf-8' } });
            this.created.add(name);
          }
          await blob.appendBlock(chunk, Buffer.byteLength(chunk));
          break;
        } catch (error) {
          // A full append blob (50,000 blocks or 195 GiB): carry on in the next part of the day.
          if (attempt < 3 && (error as RestError).code === 'BlockCountExceedsLimit') {
            this.parts.set(day, (this.parts.get(day) ?? 0) + 1);
            continue;
          }
          throw error;
        }
      }
    }
  }

  /** Every insights blob with its day, from the listing (no blob is downloaded). */
  private async list(): Promise<Array<{ name: string; day: string }>> {
    await this.ensureContainer();
    const found: Array<{ name: string; day: string }> = [];
    for await (const blob of this.container.listBlobsFlat()) {
      const m = NAME_RE.exec(blob.name); // also matches a later part, <instance>.1.jsonl
      if (m) found.push({ name: blob.name, day: m[1] });
    }
    return found;
  }

  /** Deletes every instance's blobs for days older than `retentionDays` before `now`. Returns the names deleted. */
  async sweep(retentionDays: number, now: Date): Promise<string[]> {
    const cutoff = dayOf(new Date(now.getTime() - retentionDays * DAY_MS));
    const old = (await this.list()).filter((b) => b.day < cutoff).map((b) => b.name);
    for (const name of old) await this.container.deleteBlob(name, { deleteSnapshots: 'include' }).catch(() => undefined);
    return old;
  }

  /** Every instance's records for the days from `since` to `until` (inclusive), oldest day first. */
  async read(range: { since?: string; until?: string } = {}): Promise<ReadResult> {
    const names = (await this.list())
      .filter((b) => (!range.since || b.day >= range.since) && (!range.until || b.day <= range.until))
      .map((b) => b.name)
      .sort();
    const read = { records: [] as InsightRecord[], skipped: 0 };
    for (const name of names) addLines((await this.container.getBlobClient(name).downloadToBuffer()).toString('utf8'), read);
    return { ...read, files: names };
  }
}
