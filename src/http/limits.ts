/**
 * Limits that keep one client from hurting the service for everyone else:
 *
 * - `bodyLimit`: refuses an over-large body from its Content-Length header, before reading it,
 *   so a 5 MB post costs the server a header parse, not 5 MB of reading. Bodies without a length
 *   (chunked) are still capped by restify's `maxBodySize` in `src/server.ts`. Compressed request
 *   bodies are refused: restify counts compressed bytes, so a small gzip could inflate without limit.
 * - `rateLimit`: a token bucket per client address on the public, unauthenticated endpoints
 *   (the local Direct Line, the token endpoint, the helpline search). 429 with Retry-After.
 *
 * Both are restify `pre` handlers, so they run before routing and body parsing.
 */
import type { Next, Request, Response, Server } from 'restify';
import type { RouteFeature } from './feature';
import { localServiceUrlOnly, requireActivityType } from './guards';
import { pathOf, sendLimit, type LimitResponse } from './respond';

/** Largest request body accepted anywhere; Bot Framework activities are a few kilobytes. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Azure Direct Line accepts uploads up to 4 MB; the local one matches so Web Chat behaves the same. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;


// ---------------------------------------------------------------------------------------------
// Body limit

export interface BodyLimitOptions {
  maxBytes?: number;
  maxUploadBytes?: number;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** What to do with a request's body, judged from its headers alone. Pure, for tests and reuse. */
export function checkBody(
  method: string | undefined,
  path: string,
  headers: Record<string, string | string[] | undefined>,
  options: BodyLimitOptions = {},
): LimitResponse | null {
  if (!BODY_METHODS.has(String(method).toUpperCase())) return null;
  const encoding = String(headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    return { status: 415, code: 'UnsupportedMediaType', message: 'Compressed request bodies are not accepted.' };
  }
  const isUpload = /\/upload\/?$/.test(path);
  const max = isUpload ? options.maxUploadBytes ?? MAX_UPLOAD_BYTES : options.maxBytes ?? MAX_BODY_BYTES;
  const declared = headers['content-length'];
  if (declared !== undefined) {
    const length = Number(Array.isArray(declared) ? declared[0] : declared);
    if (!Number.isFinite(length) || length < 0) {
      return { status: 400, code: 'BadRequest', message: 'The Content-Length header is not valid.' };
    }
    if (length > max) {
      return {
        status: 413,
        code: 'PayloadTooLarge',
        message: isUpload ? 'That file is too large to send.' : 'The request is too large.',
      };
    }
  }
  return null;
}

export function bodyLimit(options: BodyLimitOptions = {}) {
  return (req: Request, res: Response, next: Next): void => {
    const problem = checkBody(req.method, pathOf(req), req.headers, options);
    if (problem) {
      sendLimit(res, problem, true);
      next(false);
      return;
    }
    next();
  };
}


// ---------------------------------------------------------------------------------------------
// Rate limit

export interface RateLimitConfig {
  enabled: boolean;
  /** Requests a client may make at once before it must wait. */
  burst: number;
  /** Steady rate a client may keep up. */
  perMinute: number;
  /** Use the last X-Forwarded-For address (set by a reverse proxy such as Azure App Service). */
  trustProxy: boolean;
  /** Clients remembered at once; the least recently seen is forgotten first, so memory stays bounded. */
  maxClients: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = {
  enabled: true,
  // Web Chat polls Direct Line when WebSockets are blocked, about once a second; leave room for that.
  burst: 60,
  perMinute: 120,
  trustProxy: false,
  maxClients: 10_000,
};

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** RATE_LIMIT=off, RATE_LIMIT_BURST, RATE_LIMIT_PER_MINUTE, RATE_LIMIT_TRUST_PROXY=true, RATE_LIMIT_MAX_CLIENTS. */
export function rateLimitConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  const flag = (v: string | undefined) => ['1', 'true', 'yes', 'on'].includes((v ?? '').trim().toLowerCase());
  return {
    enabled: (env.RATE_LIMIT ?? '').trim().toLowerCase() !== 'off',
    burst: positiveInt(env.RATE_LIMIT_BURST, DEFAULT_RATE_LIMIT.burst),
    perMinute: positiveInt(env.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT.perMinute),
    trustProxy: flag(env.RATE_LIMIT_TRUST_PROXY),
    maxClients: positiveInt(env.RATE_LIMIT_MAX_CLIENTS, DEFAULT_RATE_LIMIT.maxClients),
  };
}

export interface TakeResult {
  allowed: boolean;
  /** Whole seconds until one more request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
  remaining: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Token buckets keyed by client; O(1) per request, at most `maxClients` buckets. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly config: Pick<RateLimitConfig, 'burst' | 'perMinute' | 'maxClients'>,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = config.perMinute / 60_000;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string): TakeResult {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      this.buckets.delete(key); // re-inserted below: Map order is the least-recently-seen order
      bucket.tokens = Math.min(this.config.burst, bucket.tokens + Math.max(0, now - bucket.updated) * this.perMs);
      bucket.updated = now;
    } else {
      bucket = { tokens: this.config.burst, updated: now };
      while (this.buckets.size >= this.config.maxClients) {
        const oldest = this.buckets.keys().next().value as string;
        this.buckets.delete(oldest);
      }
    }
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(bucket.tokens) };
    }
    const waitMs = (1 - bucket.tokens) / this.perMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), remaining: 0 };
  }
}

/** Which endpoints are limited, and in which bucket group (so searching never blocks chatting). */
export function rateLimitGroup(path: string): string | null {
  if (path.startsWith('/v3/directline/') || path === '/v3/directline') return 'directline';
  if (path === '/api/token' || path.startsWith('/api/token/')) return 'token';
  if (path === '/api/search' || path.startsWith('/api/search/')) return 'search';
  return null;
}

function stripPort(address: string): string {
  const a = address.trim();
  const bracketed = /^\[([^\]]{1,100})\](?::\d{1,5})?$/.exec(a);
  if (bracketed) return bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(a);
  if (v4WithPort) return v4WithPort[1];
  return a;
}

/** The client's address: the socket peer, or with `trustProxy` the address the nearest proxy saw. */
export function clientAddress(
  req: Pick<Request, 'headers'> & { socket?: { remoteAddress?: string } },
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const value = Array.isArray(header) ? header.join(',') : header;
    if (value) {
      // The last entry was added by our own proxy; earlier ones are whatever the client claimed.
      const parts = value.slice(-1000).split(',').map((p) => p.trim()).filter(Boolean);
      const last = parts[parts.length - 1];
      if (last) return stripPort(last).slice(0, 100).replace(/^::ffff:/, '');
    }
  }
  return (req.socket?.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
}

export function rateLimit(config: RateLimitConfig = rateLimitConfigFromEnv(), now: () => number = Date.now) {
  const buckets = new TokenBuckets(config, now);
  return (req: Request, res: Response, next: Next): void => {
    if (!config.enabled) return next();
    const group = rateLimitGroup(pathOf(req));
    if (!group) return next();
    const result = buckets.take(`${group} ${clientAddress(req, config.trustProxy)}`);
    if (result.allowed) return next();
    sendLimit(res, {
      status: 429,
      code: 'TooManyRequests',
      message: 'Too many requests. Please wait a moment and try again.',
      headers: { 'Retry-After': String(result.retryAfterSeconds) },
    });
    next(false);
  };
}

export interface LimitsOptions {
  rateLimit?: RateLimitConfig;
  body?: BodyLimitOptions;
  now?: () => number;
  /** No MicrosoftAppId: /api/messages is unauthenticated, so serviceUrls are restricted (see localServiceUrlOnly). */
  localMode?: boolean;
}

/** Installs the body limit and rate limit on a server. Call before it listens. */
export function installLimits(server: Server, options: LimitsOptions = {}): void {
  server.pre(bodyLimit(options.body));
  server.pre(rateLimit(options.rateLimit ?? rateLimitConfigFromEnv(), options.now));
  server.use(requireActivityType());
  server.use(localServiceUrlOnly(options.localMode ?? false));
}

/** For `features` in createServer/createApp. */
export function limitsFeature(options: LimitsOptions = {}): RouteFeature {
  return (server, parts) =>
    installLimits(server, { ...options, localMode: options.localMode ?? parts.deps.config.microsoftAppId === '' });
}
