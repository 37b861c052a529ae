import type { InsightsConfig, InsightsRecorder } from './types';
import { createSinkRecorder, fileSink, fileSource, offRecorder, type InsightsSource } from './store';
import { BLOB_APPEND_INTERVAL_MS, BlobInsightsStore } from './blobStore';

export * from './types';
export { readInsightsConfig } from './config';
export { readInsights, sweepInsights, createFileRecorder, createSinkRecorder, fileSource, offRecorder, toRecord } from './store';
export type { InsightsSink, InsightsSource } from './store';
export { BlobInsightsStore, instanceName } from './blobStore';

/**
 * The recorder the app uses: the daily JSONL files (default), append blobs in the shared storage account
 * (STORAGE=blob), or nothing at all with INSIGHTS=off.
 */
export function createInsights(config: InsightsConfig, options: { now?: () => Date; onError?: (error: unknown) => void } = {}): InsightsRecorder {
  if (!config.enabled) return offRecorder;
  if (config.store === 'blob') {
    const store = new BlobInsightsStore({ connectionString: config.blobConnectionString, container: config.blobContainer, instance: config.instance });
    return createSinkRecorder(store, { retentionDays: config.retentionDays, now: options.now, onError: options.onError, minIntervalMs: BLOB_APPEND_INTERVAL_MS });
  }
  return createSinkRecorder(fileSink(config.dir), { retentionDays: config.retentionDays, now: options.now, onError: options.onError, minIntervalMs: FILE_APPEND_INTERVAL_MS });
}

/**
 * The local folder gets at most one append a second. One append a turn opened, wrote and closed the day's file
 * for every message (a paced load profile showed it among the larger costs of a turn); a second's records
 * together are one write, and shutdown writes what is waiting.
 */
export const FILE_APPEND_INTERVAL_MS = 1000;

/** Where the report reads from: the same place the recorder writes (every instance's blobs, or the folder). */
export function insightsSource(config: InsightsConfig): InsightsSource {
  if (config.store === 'blob') return new BlobInsightsStore({ connectionString: config.blobConnectionString, container: config.blobContainer });
  return fileSource(config.dir);
}
