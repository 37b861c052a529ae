/**
 * Security headers for every response, and a Content Security Policy that allows only what our
 * pages and Bot Framework Web Chat need.
 *
 * Web Chat (botframework-webchat's bundle, served from our own host):
 * - styles: emotion inserts <style> elements at run time → style-src 'unsafe-inline'.
 *   (A nonce would need every page to be rendered per request; styles cannot run script.)
 * - images, avatars, attachments: data: and blob: URLs → img-src/media-src data: blob:.
 * - Direct Line: HTTPS calls plus a WebSocket stream → connect-src 'self' ws: wss: and, when Azure
 *   Direct Line is used, its origin.
 * - the bundle's only `new Function` uses sit behind a globalThis check, so no 'unsafe-eval'.
 * No page has inline script, so script-src is 'self' only.
 *
 * Framing: the chat and reference pages may be embedded by the organisation's own site, so
 * frame-ancestors is configurable (FRAME_ANCESTORS, default 'self'). X-Frame-Options is sent only
 * where it can say the same thing (DENY / SAMEORIGIN); older browsers then fall back to no rule.
 */
import type { Next, Request, Response, Server } from 'restify';
import type { RouteFeature } from './feature';

export interface SecurityOptions {
  /** CSP frame-ancestors sources, e.g. ["'self'", "https://www.dorsetcouncil.gov.uk"]; ["'none'"] forbids framing. */
  frameAncestors?: string[];
  /** Extra connect-src origins (the Azure Direct Line domain is derived from DIRECT_LINE_DOMAIN). */
  connectSrc?: string[];
  /** Send Strict-Transport-Security on HTTPS requests (default on). */
  hsts?: boolean;
}

const SOURCE_PATTERN = /^(?:'self'|'none'|https?:\/\/[a-z0-9.\-*]{1,253}(?::\d{1,5})?|wss?:\/\/[a-z0-9.\-*]{1,253}(?::\d{1,5})?)$/i;

/**
 * FRAME_ANCESTORS: space- or comma-separated origins, or `none`/`self`. Anything that is not a
 * plain origin is dropped, so a typo cannot inject another directive.
 */
export function frameAncestorsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const raw = (env.FRAME_ANCESTORS ?? '').trim();
  if (raw === '') return ["'self'"];
  const sources = raw
    .split(/[\s,]{1,10}/)
    .filter(Boolean)
    .map((s) => (s === 'self' || s === 'none' ? `'${s}'` : s.replace(/\/$/, '')))
    .filter((s) => SOURCE_PATTERN.test(s));
  if (sources.includes("'none'")) return ["'none'"];
  return sources.length > 0 ? sources : ["'self'"];
}

/** The https and wss origins of a Direct Line domain URL, or nothing if it is not a URL. */
export function directLineOrigins(domain: string | undefined): string[] {
  if (!domain) return [];
  try {
    const url = new URL(domain);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
    return [url.origin, `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`];
  } catch {
    return [];
  }
}

export function contentSecurityPolicy(options: SecurityOptions = {}): string {
  const frameAncestors = options.frameAncestors ?? frameAncestorsFromEnv();
  const connect = [
    "'self'",
    'ws:',
    'wss:',
    ...directLineOrigins(process.env.DIRECT_LINE_DOMAIN ?? 'https://directline.botframework.com/v3/directline'),
    ...(options.connectSrc ?? []).filter((s) => SOURCE_PATTERN.test(s)),
  ];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['media-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', [...new Set(connect)]],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', frameAncestors],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

export function xFrameOptions(frameAncestors: string[]): string | undefined {
  if (frameAncestors.length === 1 && frameAncestors[0] === "'none'") return 'DENY';
  if (frameAncestors.length === 1 && frameAncestors[0] === "'self'") return 'SAMEORIGIN';
  return undefined;
}

/** The headers every response gets. Computed once. */
export function securityHeaderSet(options: SecurityOptions = {}): Record<string, string> {
  const frameAncestors = options.frameAncestors ?? frameAncestorsFromEnv();
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy({ ...options, frameAncestors }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  const xfo = xFrameOptions(frameAncestors);
  if (xfo) headers['X-Frame-Options'] = xfo;
  return headers;
}

function isHttps(req: Request): boolean {
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  return encrypted || forwarded === 'https';
}

export function securityHeaders(options: SecurityOptions = {}) {
  const headers = securityHeaderSet(options);
  const hsts = options.hsts ?? true;
  return (req: Request, res: Response, next: Next): void => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // Only meaningful over HTTPS; sending it on plain HTTP would be ignored anyway.
    if (hsts && isHttps(req)) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

export function installSecurityHeaders(server: Server, options: SecurityOptions = {}): void {
  server.pre(securityHeaders(options));
}

/** For `features` in createServer/createApp. */
export function securityFeature(options: SecurityOptions = {}): RouteFeature {
  return (server) => installSecurityHeaders(server, options);
}
