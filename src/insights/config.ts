import { hostname } from 'node:os';
import path from 'node:path';
import type { InsightsConfig } from './types';

/**
 * INSIGHTS (on|off, default on), INSIGHTS_DIR (default data/insights), INSIGHTS_RETENTION_DAYS
 * (default 90), INSIGHTS_TOKEN (default empty: no /insights route). With STORAGE=blob the records go to
 * the same storage account (BLOB_CONNECTION_STRING), container INSIGHTS_CONTAINER (default
 * send-signpost-insights), named by INSIGHTS_INSTANCE (default: the host name). Bad values stop start-up
 * with a message that says what to change.
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
    store: (env.STORAGE ?? '').trim().toLowerCase() === 'blob' ? 'blob' : 'file',
    blobConnectionString: env.BLOB_CONNECTION_STRING ?? '',
    blobContainer: readContainer(env.INSIGHTS_CONTAINER),
    instance: (env.INSIGHTS_INSTANCE ?? '').trim() || hostname(),
  };
}

/** Blob container names: 3 to 63 lower-case letters, digits and single dashes, starting with a letter or digit. */
function readContainer(raw: string | undefined): string {
  const name = (raw ?? '').trim() || 'send-signpost-insights';
  if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(name)) {
    throw new Error(`INSIGHTS_CONTAINER must be a Blob container name: 3 to 63 lower-case letters, digits and dashes (it is "${raw}").`);
  }
  return name;
}
