import type { Config } from './config';
import type { Knowledge } from './core/model';
import type { Matcher } from './core/matcher';
import type { SafetyHit } from './core/safety';
import type { InsightsRecorder } from './insights/types';

/** What every dialog may use: the validated knowledge, the one matcher, the safety screen, the config. */
export interface SignpostDeps {
  knowledge: Knowledge;
  matcher: Matcher;
  screen: (text: string) => SafetyHit | null;
  config: Config;
  /** Today's date and time; injected so tests of deadlines are deterministic. */
  now?: () => Date;
  /** Insights (src/insights): what each turn did, for the content report. Absent → nothing is recorded. */
  insights?: InsightsRecorder;
}
