import type { InsightsConfig, InsightsRecorder } from './types';
import { createFileRecorder, offRecorder } from './store';

export * from './types';
export { readInsightsConfig } from './config';
export { readInsights, sweepInsights, createFileRecorder, offRecorder, toRecord } from './store';

/** The recorder the app uses: the daily JSONL files, or nothing at all with INSIGHTS=off. */
export function createInsights(config: InsightsConfig, options: { now?: () => Date; onError?: (error: unknown) => void } = {}): InsightsRecorder {
  if (!config.enabled) return offRecorder;
  return createFileRecorder({ dir: config.dir, retentionDays: config.retentionDays, now: options.now, onError: options.onError });
}
