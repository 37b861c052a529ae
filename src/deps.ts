import type { Config } from './config';
import type { Knowledge } from './core/model';
import type { Matcher } from './core/matcher';
import type { SafetyHit } from './core/safety';
import type { InsightsRecorder } from './insights/types';

/** What every dialog may use: the validated knowledge, the one matcher, the safety screen, the config. */
export interface SignpostDeps {
  knowledge: Knowledge;
  matcher: Matcher;
  /** The safety screen; `prepare` (src/core/safety.ts SafetyScreen) builds its pattern scan ahead of the first message. */
  screen: ((text: string) => SafetyHit | null) & { prepare?(): void };
  config: Config;
  /** Today's date and time; injected so tests of deadlines are deterministic. */
  now?: () => Date;
  /** Insights (src/insights): what each turn did, for the content report. Absent → nothing is recorded. */
  insights?: InsightsRecorder;
  /** Short-lived downloads (the letter, the calendar file) kept in the shared state store; absent → no links. */
  files?: FileStore;
}

/** A file the bot offers for download: its name, type and text. */
export interface DownloadFile {
  name: string;
  contentType: string;
  body: string;
}

/** Where offered files wait to be downloaded (src/bot/downloads.ts). Ids are random and never logged. */
export interface FileStore {
  /** Keeps the file for a short while; returns its random id. */
  put(file: DownloadFile): Promise<string>;
  /** The file, or undefined once it has expired (an expired file is deleted when asked for). */
  get(id: string): Promise<DownloadFile | undefined>;
}
