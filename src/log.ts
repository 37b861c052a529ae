import { createHash } from 'node:crypto';
/**
 * Logging with one rule: message text is never logged.
 *
 * - `createLogger()` builds a JSON pino logger whose `redact` config censors the fields that can
 *   hold what a parent typed or who they are (text, value, names, attachments, auth headers), as a
 *   second line of defence if someone logs a whole activity by mistake.
 * - `turnLog(activity)` is the first line: it picks only safe fields for a per-turn log line.
 * - `LOG_MESSAGE_TEXT=redacted` (opt-in, for debugging the matcher) adds `redact(text)` — never the raw text —
 *   and only for a message that reads as a question (see keepsWordsAsQuestion).
 *
 * No botbuilder import: the activity is typed structurally.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { redact } from './core/redact';
import { keepsWordsAsQuestion } from './core/text';

export const CENSOR = '[hidden]';

/**
 * Paths pino censors. Wildcards cover an activity logged at the top level, under one key
 * (`{ activity }`) or two (`{ context: { activity } }`).
 */
const SENSITIVE_FIELDS = [
  'text', 'value', 'speak', 'summary', 'attachments', 'entities', 'channelData', 'body',
  'from.name', 'from.aadObjectId', 'recipient.name', 'recipient.aadObjectId',
  'headers.authorization', 'headers.cookie',
];
export const REDACT_PATHS: string[] = SENSITIVE_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

export type MessageTextMode = 'off' | 'redacted';

export interface CreateLoggerOptions {
  /** Default: LOG_LEVEL env, else 'info'. */
  level?: string;
  /** Where JSON lines go; default stdout. Tests pass a stream to read the output. */
  destination?: DestinationStream;
  /** Extra pino options (name, base...). `redact` cannot be turned off here. */
  pinoOptions?: Omit<LoggerOptions, 'redact' | 'level'>;
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const level = (env.LOG_LEVEL ?? '').trim().toLowerCase();
  return LEVELS.has(level) ? level : 'info';
}

export function messageTextModeFromEnv(env: NodeJS.ProcessEnv = process.env): MessageTextMode {
  return (env.LOG_MESSAGE_TEXT ?? '').trim().toLowerCase() === 'redacted' ? 'redacted' : 'off';
}

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const level = options.level && LEVELS.has(options.level) ? options.level : logLevelFromEnv();
  const opts: LoggerOptions = {
    ...options.pinoOptions,
    level,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
  };
  return options.destination ? pino(opts, options.destination) : pino(opts);
}

/** The parts of an incoming activity this module reads; structurally compatible with botbuilder's Activity. */
export interface ActivityLike {
  type?: string;
  text?: unknown;
  channelId?: string;
  conversation?: { id?: string } | null;
  attachments?: unknown[] | null;
  value?: unknown;
}

export interface TurnLogFields {
  conversationId?: string;
  channelId?: string;
  activityType?: string;
  textLength: number;
  attachmentCount?: number;
  hasValue?: boolean;
  outcome?: string;
  /** Only with LOG_MESSAGE_TEXT=redacted, and only after redact(). */
  redactedText?: string;
}

/** Long enough to debug a match, short enough that a pasted document is not stored. */
const MAX_REDACTED_TEXT = 500;

/**
 * A conversation id as it appears in logs: a short hash, so lines of one conversation can be followed but the
 * log never holds the channel's id (which may embed a user id) and a hostile client cannot fill it.
 */
export function logId(id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return undefined;
  return `c_${createHash('sha256').update(id).digest('base64url').slice(0, 12)}`;
}

/** Ids from a channel are opaque; cap them so a hostile client cannot fill the log. */
function safeId(id: unknown): string | undefined {
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}

/**
 * The safe fields of a turn: ids, type, text length, outcome. Never the text itself unless
 * `LOG_MESSAGE_TEXT=redacted`, and then only `redact(text)`.
 */
export function turnLog(
  activity: ActivityLike | null | undefined,
  outcome?: string,
  mode: MessageTextMode = messageTextModeFromEnv(),
): TurnLogFields {
  const a = activity ?? {};
  const text = typeof a.text === 'string' ? a.text : '';
  const fields: TurnLogFields = {
    conversationId: logId(a.conversation?.id),
    channelId: safeId(a.channelId),
    activityType: safeId(a.type),
    textLength: text.length,
  };
  if (Array.isArray(a.attachments) && a.attachments.length > 0) fields.attachmentCount = a.attachments.length;
  if (a.value !== undefined && a.value !== null) fields.hasValue = true;
  if (outcome !== undefined) fields.outcome = outcome.slice(0, 100);
  // Like insights: only words that read as a question are logged, so a short answer to a prompt
  // (a child's name, a school) never is.
  if (mode === 'redacted' && text.length > 0 && keepsWordsAsQuestion(text.slice(0, MAX_REDACTED_TEXT * 10))) {
    // Redact before cutting: cutting first could split "jane@example.com" into a fragment the
    // email pattern no longer recognises. The 10x margin keeps the work bounded on huge messages.
    fields.redactedText = redact(text.slice(0, MAX_REDACTED_TEXT * 10)).slice(0, MAX_REDACTED_TEXT);
  }
  return fields;
}

/** Structured logger (pino-compatible). Never pass message text to it. */
export interface BotLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
