import { appendFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { redact } from '../core/redact';
import { INSIGHT_OUTCOMES, InsightEvent, InsightRecord, InsightsRecorder } from './types';

/**
 * The insights store: append-only JSONL, one file per UTC day (`insights-2026-11-23.jsonl`) in a local folder,
 * or one append blob per day per instance in Blob Storage (blobStore.ts); deleted once older than the
 * retention period. The records (and their redaction) are the same either way. No botbuilder import.
 */

const FILE_RE = /^insights-(\d{4}-\d{2}-\d{2})\.jsonl$/;
/** Long enough for a real question; a pasted document is cut after redaction. */
const MAX_QUESTION = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);
export const hourOf = (date: Date): string => `${date.toISOString().slice(0, 13)}:00Z`;
export const fileForDay = (day: string): string => `insights-${day}.jsonl`;

/** Only the outcomes an editor must read keep words, and only after redaction. */
export function toRecord(event: InsightEvent, at: Date): InsightRecord {
  const record: InsightRecord = { v: 1, hour: hourOf(at), channel: String(event.channelId || 'unknown').slice(0, 40), outcome: event.outcome };
  if (event.entryId) record.entryId = event.entryId.slice(0, 100);
  if (event.options?.length) record.options = event.options.slice(0, 5).map((o) => o.slice(0, 100));
  if (event.feedback) record.feedback = event.feedback;
  const keepsWords = event.outcome === 'noAnswer' || event.outcome === 'missing';
  if (keepsWords && event.question?.trim()) {
    // Redact before cutting, so an email split at the cut cannot escape the pattern (as src/log.ts does).
    record.question = redact(event.question.slice(0, MAX_QUESTION * 10)).replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);
  }
  return record;
}

export interface RecorderOptions {
  dir: string;
  retentionDays: number;
  now?: () => Date;
  /** Told (without any record content) when a write or sweep fails. */
  onError?: (error: unknown) => void;
}

/** Deletes day files older than `retentionDays` before `now`. Returns the names deleted. */
export async function sweepInsights(dir: string, retentionDays: number, now: Date): Promise<string[]> {
  const cutoff = dayOf(new Date(now.getTime() - retentionDays * DAY_MS));
  const names = await readdir(dir).catch(() => [] as string[]);
  const old = names.filter((n) => {
    const m = FILE_RE.exec(n);
    return m !== null && m[1] < cutoff;
  });
  for (const name of old) await unlink(path.join(dir, name)).catch(() => undefined);
  return old;
}

/**
 * Where records go: the local folder (one JSONL file per UTC day) or Blob Storage (src/insights/blobStore.ts).
 * `append` adds whole lines to a day; `sweep` deletes days older than the retention period.
 */
export interface InsightsSink {
  append(day: string, lines: string): Promise<void>;
  sweep(retentionDays: number, now: Date): Promise<string[]>;
}

/** What the report reads: every instance's records for the days asked for. */
export interface InsightsSource {
  read(range?: { since?: string; until?: string }): Promise<ReadResult>;
}

/** The local folder as a sink: created (owner only) on the first write. */
export function fileSink(dir: string): InsightsSink {
  let madeDir = false;
  return {
    async append(day, lines) {
      if (!madeDir) {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        madeDir = true;
      }
      await appendFile(path.join(dir, fileForDay(day)), lines, { mode: 0o600 });
    },
    sweep: (retentionDays, now) => sweepInsights(dir, retentionDays, now),
  };
}

export const fileSource = (dir: string): InsightsSource => ({ read: (range) => readInsights(dir, range) });

/**
 * Records waiting to be written, at most. Past this (a disk far slower than the bot), new records are
 * dropped and the error is reported once, rather than letting memory grow.
 */
export const MAX_PENDING_RECORDS = 10_000;

export interface SinkRecorderOptions {
  retentionDays: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
  /**
   * Writes at most this often (0: as soon as the last one finished). Blob Storage counts each append, and an
   * append blob takes at most 50,000, so a blob sink batches for a couple of seconds; flush() writes at once.
   */
  minIntervalMs?: number;
}

/**
 * Appends records in order, off the reply path. The retention sweep runs on the first write and then
 * whenever the day changes, so a long-running bot deletes old records daily without a timer.
 */
export function createSinkRecorder(sink: InsightsSink, options: SinkRecorderOptions): InsightsRecorder {
  const now = options.now ?? (() => new Date());
  const minIntervalMs = options.minIntervalMs ?? 0;
  let reported = false;
  const fail = (error: unknown) => {
    if (reported) return;
    reported = true; // once: a full disk should not flood the log
    options.onError?.(error);
  };
  // The sweep runs at start-up (here) and again on the first record of each new day.
  const started = now();
  let sweptDay = dayOf(started);
  let queue: Promise<void> = sink.sweep(options.retentionDays, started).then(() => undefined, fail);

  // Records are batched: whatever has arrived while the last write was in progress goes out in one append
  // per day. One append per record fell behind under load (each waits for its own I/O round trip while
  // turns keep the event loop busy), so the backlog, and memory, grew with traffic.
  let pending: Array<{ day: string; at: Date; line: string }> = [];
  let scheduled = false;
  let timer: NodeJS.Timeout | undefined;
  let lastWrite = 0;
  const drain = async () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    for (let i = 0; i < batch.length; ) {
      const { day, at } = batch[i];
      let j = i;
      while (j < batch.length && batch[j].day === day) j++;
      if (sweptDay !== day) {
        sweptDay = day;
        await sink.sweep(options.retentionDays, at);
      }
      await sink.append(day, batch.slice(i, j).map((b) => b.line).join(''));
      i = j;
    }
    lastWrite = Date.now();
  };
  const run = () => {
    timer = undefined;
    queue = queue.then(drain).catch(fail);
  };
  const schedule = () => {
    scheduled = true;
    const wait = minIntervalMs - (Date.now() - lastWrite);
    if (wait > 0) {
      timer = setTimeout(run, wait);
      timer.unref(); // never keeps the process alive; shutdown calls flush()
    } else run();
  };

  return {
    record(event) {
      if (!INSIGHT_OUTCOMES.includes(event.outcome)) return;
      if (pending.length >= MAX_PENDING_RECORDS) {
        fail(new Error('insights backlog full: records dropped'));
        return;
      }
      const at = now();
      pending.push({ day: dayOf(at), at, line: `${JSON.stringify(toRecord(event, at))}\n` });
      if (!scheduled) schedule();
    },
    flush: () => {
      if (timer) {
        clearTimeout(timer);
        run();
      }
      return queue;
    },
  };
}

/** The local store: one append-only JSONL file per UTC day in `dir`. */
export function createFileRecorder(options: RecorderOptions): InsightsRecorder {
  return createSinkRecorder(fileSink(options.dir), options);
}

/** Records nothing (INSIGHTS=off): the folder is never created. */
export const offRecorder: InsightsRecorder = { record: () => undefined, flush: () => Promise.resolve() };

export interface ReadResult {
  records: InsightRecord[];
  files: string[];
  /** Lines that were not valid records (a crash mid-write); skipped, counted. */
  skipped: number;
}

/** Reads the day files from `since` to `until` (inclusive, YYYY-MM-DD), oldest first. */
export async function readInsights(dir: string, range: { since?: string; until?: string } = {}): Promise<ReadResult> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((n) => {
      const m = FILE_RE.exec(n);
      if (!m) return false;
      return (!range.since || m[1] >= range.since) && (!range.until || m[1] <= range.until);
    })
    .sort();
  const read = { records: [] as InsightRecord[], skipped: 0 };
  for (const name of names) addLines(await readFile(path.join(dir, name), 'utf8'), read);
  return { ...read, files: names };
}

/** Adds one JSONL file's records to `read`, counting lines that are not a record (a torn write) as skipped. */
export function addLines(text: string, read: { records: InsightRecord[]; skipped: number }): void {
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const parsed = parseRecord(line);
    if (parsed) read.records.push(parsed);
    else read.skipped++;
  }
}

export function parseRecord(line: string): InsightRecord | undefined {
  try {
    const r = JSON.parse(line) as InsightRecord;
    if (r && r.v === 1 && typeof r.hour === 'string' && typeof r.channel === 'string' && INSIGHT_OUTCOMES.includes(r.outcome)) return r;
  } catch {
    // fall through
  }
  return undefined;
}
