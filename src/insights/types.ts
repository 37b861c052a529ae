/**
 * What the insights store keeps about one turn. Nothing here identifies a family: no conversation or
 * user id, the time only to the hour, and question text only where an editor needs it (no answer, or
 * "No, this didn't help" with what was missing), always after redaction.
 */

/** What happened in a turn. `feedback` is a press of Yes/No; `missing` is the optional "what was missing" text. */
export type InsightOutcome = 'answer' | 'didYouMean' | 'glossary' | 'noAnswer' | 'safety' | 'dialog' | 'feedback' | 'missing';

export const INSIGHT_OUTCOMES: readonly InsightOutcome[] = ['answer', 'didYouMean', 'glossary', 'noAnswer', 'safety', 'dialog', 'feedback', 'missing'];

/** One JSONL line. `v` lets a later format be read alongside this one. */
export interface InsightRecord {
  v: 1;
  /** UTC time truncated to the hour, e.g. "2026-11-23T14:00Z". */
  hour: string;
  channel: string;
  outcome: InsightOutcome;
  /** The entry answered, offered for feedback, or given feedback on. */
  entryId?: string;
  /** Entry ids offered by a "Did you mean…". */
  options?: string[];
  feedback?: 'yes' | 'no';
  /** Redacted question text: only for `noAnswer` and `missing`. */
  question?: string;
}

/** What the bot tells the recorder; the recorder decides what is kept. */
export interface InsightEvent {
  outcome: InsightOutcome;
  channelId: string;
  entryId?: string;
  options?: string[];
  feedback?: 'yes' | 'no';
  /** The parent's words. Dropped unless the outcome is `noAnswer` or `missing`; redacted before storing. */
  question?: string;
}

/** The one thing the bot calls. `record` never throws and never blocks the reply. */
export interface InsightsRecorder {
  record(event: InsightEvent): void;
  /** Resolves when everything recorded so far is on disk (scripts and tests). */
  flush(): Promise<void>;
}

export interface InsightsConfig {
  /** false when INSIGHTS=off: nothing is recorded and the folder is never created. */
  enabled: boolean;
  dir: string;
  retentionDays: number;
  /** Bearer token for GET /insights; empty → the route does not exist. */
  token: string;
  /**
   * 'file' (default): the local folder `dir`. 'blob' (with STORAGE=blob): the storage account of the
   * conversation state, container `blobContainer`, one append blob per day per instance, so every instance's
   * records reach one report.
   */
  store: 'file' | 'blob';
  blobConnectionString: string;
  blobContainer: string;
  /** This instance's name in blob names (INSIGHTS_INSTANCE, else the host name). */
  instance: string;
}
