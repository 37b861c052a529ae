import path from 'node:path';
import type { InsightsConfig } from './types';

/**
 * INSIGHTS (on|off, default on), INSIGHTS_DIR (default data/insights), INSIGHTS_RETENTION_DAYS
 * (default 90), INSIGHTS_TOKEN (default empty: no /insights route). Bad values stop start-up with a
 * message that says what to change.
 */
export function readInsightsConfig(env: NodeJS.ProcessEnv): InsightsConfig {
  const mode = (env.INSIGHTS ?? 'on').trim().toLowerCase();
  if (!['on', 'off', 'true', 'false', '1', '0', ''].includes(mode)) {
    throw new Error(`INSIGHTS must be "on" or "off" (it is "${env.INSIGHTS}").`);
  }
  const retentionDays = Number(env.INSIGHTS_RETENTION_DAYS ?? 90);
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new Error(`INSIGHTS_RETENTION_DAYS must be a whole number of days, 1 or more (it is "${env.INSIGHTS_RETENTION_DAYS}").`);
  }
  const token = (env.INSIGHTS_TOKEN ?? '').trim();
  if (token && token.length < 16) {
    // A short token can be guessed; refuse rather than expose what parents asked.
    throw new Error('INSIGHTS_TOKEN must be at least 16 characters long (or empty to turn off the /insights page).');
  }
  return {
    enabled: !['off', 'false', '0'].includes(mode),
    dir: path.resolve(env.INSIGHTS_DIR || path.join('data', 'insights')),
    retentionDays,
    token,
  };
}
