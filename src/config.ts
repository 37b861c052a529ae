import { existsSync } from 'node:fs';
import path from 'node:path';
import { readInsightsConfig } from './insights/config';
import { PROJECT_ROOT } from './projectRoot';
import type { InsightsConfig } from './insights/types';

/** Everything the bot reads from its environment, read once at start-up. */
export interface Config {
  port: number;
  /** Empty in local mode: no Bot Framework tokens are required or sent (like the Bot Framework Emulator). */
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppType: string;
  microsoftAppTenantId: string;
  /** Azure Direct Line secret. Set: /api/token exchanges it for a short-lived token; never sent to a browser. */
  directLineSecret: string;
  /** Azure Direct Line domain for the browser, e.g. a regional endpoint. */
  directLineDomain: string;
  knowledgeDir: string;
  /** The organisation that runs this bot, shown by "Talk to a person". Empty values are left out. */
  helpline: { name: string; phone: string; hours: string; url: string };
  /** Insights (INSIGHTS, INSIGHTS_DIR, INSIGHTS_RETENTION_DAYS, INSIGHTS_TOKEN): see src/insights/config.ts. */
  insights: InsightsConfig;
  // Storage: where conversation state lives and how long it is kept.
  /** 'memory' (default: in this process only) or 'blob' (Azure Blob Storage, shared by every instance). */
  storage: 'memory' | 'blob';
  blobConnectionString: string;
  blobContainer: string;
  /** Conversations idle longer than this are forgotten. */
  stateTtlMinutes: number;
  /**
   * The address parents reach this server at (PUBLIC_BASE_URL, e.g. https://signpost.example.org), used for
   * download links in every channel and the reference link in a Teams staff card; BOT_DOMAIN is the fallback. Empty: in local mode the link uses the host the chat came in on;
   * otherwise files fall back to what the channel takes without a link.
   */
  publicBaseUrl: string;
  /** Longest any one storage call may take before the turn goes on without it (STORAGE_TIMEOUT_MS). */
  storageTimeoutMs?: number;
}

export const isLocalMode = (config: Config): boolean => config.microsoftAppId === '';

/** Reads `.env` (if present) into process.env without overriding what is already set. */
export function loadDotEnv(file = path.resolve('.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (it is "${env.PORT}").`);
  }
  return {
    port,
    microsoftAppId: env.MicrosoftAppId ?? '',
    microsoftAppPassword: env.MicrosoftAppPassword ?? '',
    microsoftAppType: env.MicrosoftAppType ?? 'MultiTenant',
    microsoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    directLineSecret: env.DIRECT_LINE_SECRET ?? '',
    directLineDomain: env.DIRECT_LINE_DOMAIN ?? 'https://directline.botframework.com/v3/directline',
    // Beside package.json, not the working directory: `node /app/dist/src/index.js` started from anywhere finds it.
    knowledgeDir: env.KNOWLEDGE_DIR ? path.resolve(env.KNOWLEDGE_DIR) : path.join(PROJECT_ROOT, 'knowledge'),
    helpline: {
      name: env.HELPLINE_NAME ?? '',
      phone: env.HELPLINE_PHONE ?? '',
      hours: env.HELPLINE_HOURS ?? '',
      url: env.HELPLINE_URL ?? '',
    },
    insights: readInsightsConfig(env),
    publicBaseUrl: readPublicBaseUrl(env),
    // Storage: checked here so a bad setting stops start-up with a clear message.
    ...readStorageConfig(env),
  };
}

// Storage settings.
function readStorageConfig(env: NodeJS.ProcessEnv): Pick<Config, 'storage' | 'blobConnectionString' | 'blobContainer' | 'stateTtlMinutes' | 'storageTimeoutMs'> {
  const storage = (env.STORAGE ?? 'memory').trim().toLowerCase();
  if (storage !== 'memory' && storage !== 'blob') {
    throw new Error(`STORAGE must be "memory" or "blob" (it is "${env.STORAGE}").`);
  }
  const blobConnectionString = env.BLOB_CONNECTION_STRING ?? '';
  const blobContainer = env.BLOB_CONTAINER ?? 'send-signpost-state';
  if (storage === 'blob' && !blobConnectionString) {
    throw new Error('STORAGE=blob needs BLOB_CONNECTION_STRING (the storage account connection string).');
  }
  const stateTtlMinutes = Number(env.STATE_TTL_MINUTES ?? 60 * 24);
  if (!Number.isFinite(stateTtlMinutes) || stateTtlMinutes <= 0) {
    throw new Error(`STATE_TTL_MINUTES must be a number of minutes above 0 (it is "${env.STATE_TTL_MINUTES}").`);
  }
  const storageTimeoutMs = Number(env.STORAGE_TIMEOUT_MS ?? 5000);
  if (!Number.isInteger(storageTimeoutMs) || storageTimeoutMs <= 0) {
    throw new Error(`STORAGE_TIMEOUT_MS must be a whole number of milliseconds above 0 (it is "${env.STORAGE_TIMEOUT_MS}").`);
  }
  return { storage, blobConnectionString, blobContainer, stateTtlMinutes, storageTimeoutMs };
}

/** PUBLIC_BASE_URL (an http(s) origin with an optional path, no trailing slash) or https://BOT_DOMAIN; empty when neither is set. */
export function readPublicBaseUrl(env: NodeJS.ProcessEnv): string {
  const raw = (env.PUBLIC_BASE_URL ?? '').trim() || ((env.BOT_DOMAIN ?? '').trim() ? `https://${env.BOT_DOMAIN!.trim()}` : '');
  if (!raw) return '';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_BASE_URL must be a full address such as https://signpost.example.org (it is "${raw}").`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_BASE_URL must be a plain http or https address such as https://signpost.example.org (it is "${raw}").`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
