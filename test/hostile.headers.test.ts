/**
 * Security headers over real HTTP, plus the pure parts of src/limits.ts and src/security.ts
 * (token buckets on an injected clock, client addresses, body checks, env parsing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { checkBody, clientAddress, DEFAULT_RATE_LIMIT, MAX_UPLOAD_BYTES, rateLimitConfigFromEnv, rateLimitGroup, TokenBuckets } from '../src/http/limits';
import { contentSecurityPolicy, directLineOrigins, frameAncestorsFromEnv, securityHeaderSet } from '../src/http/security';
import { memoryLog } from './helpers/testBot';
import { withEnv } from './helpers/env';
import { isLoopbackUrl } from '../src/http/guards';
import { MAX_MESSAGE_CHARS, messageTooLong } from '../src/core/messageLimits';


async function startWith(env: Record<string, string | undefined>) {
  const app = withEnv({ RATE_LIMIT: 'off', FRAME_ANCESTORS: undefined, ...env }, () => createApp(readConfig({ INSIGHTS: 'off' }), { log: memoryLog() }));
  const base = await app.http.listen(0, '127.0.0.1');
  return { app, base };
}

/** The CSP as a map of directive → sources. */
function parseCsp(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

const PAGES = ['/', '/demo', '/privacy', '/reference'];

describe('security headers on the real server', () => {
  let app: SignpostApp;
  let base: string;
  beforeAll(async () => {
    ({ app, base } = await startWith({}));
  });
  afterAll(async () => {
    await app?.http.close();
  });

  it.each(PAGES)('%s: CSP allows only our own scripts, and the page has no inline script', async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const csp = parseCsp(res.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'wss:']));
    expect(csp.get('img-src')).toEqual(expect.arrayContaining(['data:', 'blob:']));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');

    // script-src 'self' only works if every script is a file: no inline <script> bodies, no on* handlers.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]{3,20}\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it.each(['/healthz', '/webchat/webchat.js', '/widget.js', '/chat.js', '/api/search?q=ehcp', '/no-such-page'])(
    '%s: nosniff and no-referrer on every response',
    async (path) => {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('error answers from the limits (413) carry the headers too', async () => {
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'br' }, body: '{}' });
    expect(res.status).toBe(415);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('Strict-Transport-Security only when the request came over HTTPS (via the proxy)', async () => {
    const plain = await fetch(`${base}/healthz`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const viaProxy = await fetch(`${base}/healthz`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('framing is configurable with FRAME_ANCESTORS', () => {
  it('listing the council site allows it (and drops X-Frame-Options, which cannot express a list)', async () => {
    const { app, base } = await startWith({ FRAME_ANCESTORS: 'self https://www.dorsetcouncil.gov.uk' });
    try {
      const res = await fetch(`${base}/`);
      expect(parseCsp(res.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'self'", 'https://www.dorsetcouncil.gov.uk']);
      expect(res.headers.get('x-frame-options')).toBeNull();
    } finally {
      await app.http.close();
    }
  });

  it('"none" forbids framing everywhere', async () => {
    const { app, base } = await startWith({ FRAME_ANCESTORS: 'none' });
    try {
      const res = await fetch(`${base}/`);
      expect(parseCsp(res.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    } finally {
      await app.http.close();
    }
  });

  it('anything that is not an origin is dropped, so a value cannot inject a directive', () => {
    expect(frameAncestorsFromEnv({ FRAME_ANCESTORS: "'unsafe-inline'; script-src *" })).toEqual(["'self'"]);
    expect(frameAncestorsFromEnv({ FRAME_ANCESTORS: 'https://a.example, https://b.example/' })).toEqual(['https://a.example', 'https://b.example']);
    expect(frameAncestorsFromEnv({ FRAME_ANCESTORS: 'https://a.example none' })).toEqual(["'none'"]);
    expect(frameAncestorsFromEnv({})).toEqual(["'self'"]);
    const csp = contentSecurityPolicy({ frameAncestors: frameAncestorsFromEnv({ FRAME_ANCESTORS: 'x; script-src *' }) });
    expect(csp).not.toContain('script-src *');
  });
});

describe('security.ts pure parts', () => {
  it('the Azure Direct Line origin is allowed for connect (https and wss), nothing else', () => {
    expect(directLineOrigins('https://europe.directline.botframework.com/v3/directline')).toEqual([
      'https://europe.directline.botframework.com',
      'wss://europe.directline.botframework.com',
    ]);
    expect(directLineOrigins('not a url')).toEqual([]);
    expect(directLineOrigins('javascript:alert(1)')).toEqual([]);
  });

  it('no unsafe-eval anywhere, and unsafe-inline only for styles', () => {
    const csp = parseCsp(securityHeaderSet({ frameAncestors: ["'self'"] })['Content-Security-Policy']);
    for (const [name, values] of csp) {
      expect(values).not.toContain("'unsafe-eval'");
      if (name !== 'style-src') expect(values).not.toContain("'unsafe-inline'");
    }
  });
});

describe('limits.ts pure parts', () => {
  it('token bucket: a burst, then 429 with a whole-second Retry-After, then a refill', () => {
    let now = 1_000_000;
    const buckets = new TokenBuckets({ burst: 2, perMinute: 60, maxClients: 100 }, () => now);
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(true);
    const denied = buckets.take('a');
    expect(denied).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
    expect(buckets.take('b').allowed).toBe(true); // another client is unaffected
    now += 1000;
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
    now += 60_000;
    expect(buckets.take('a').remaining).toBe(1); // refilled to the burst, not beyond
  });

  it('Retry-After reflects the refill rate', () => {
    const buckets = new TokenBuckets({ burst: 1, perMinute: 2, maxClients: 10 }, () => 0);
    buckets.take('x');
    expect(buckets.take('x').retryAfterSeconds).toBe(30);
  });

  it('memory is bounded: the least recently seen client is forgotten first', () => {
    let now = 0;
    const buckets = new TokenBuckets({ burst: 1, perMinute: 1, maxClients: 2 }, () => now);
    buckets.take('a');
    buckets.take('b');
    buckets.take('a'); // a is now the most recent
    buckets.take('c'); // evicts b
    expect(buckets.size).toBe(2);
    expect(buckets.take('a').allowed).toBe(false); // a still remembered (and empty)
    expect(buckets.take('b').allowed).toBe(true); // b was forgotten: a fresh bucket
    now += 1;
    for (let i = 0; i < 50_000; i++) buckets.take(`client-${i}`);
    expect(buckets.size).toBe(2);
  });

  it('client address: the socket peer, or with trustProxy the last X-Forwarded-For entry', () => {
    const req = (xff?: string, remote = '::ffff:10.0.0.9') => ({ headers: xff ? { 'x-forwarded-for': xff } : {}, socket: { remoteAddress: remote } });
    expect(clientAddress(req('1.2.3.4'), false)).toBe('10.0.0.9'); // spoofable header ignored by default
    expect(clientAddress(req('6.6.6.6, 203.0.113.7:50123'), true)).toBe('203.0.113.7');
    expect(clientAddress(req('[2001:db8::1]:443'), true)).toBe('2001:db8::1');
    expect(clientAddress(req(undefined), true)).toBe('10.0.0.9');
    expect(clientAddress(req(' , '), true)).toBe('10.0.0.9');
  });

  it('which paths are limited', () => {
    expect(rateLimitGroup('/v3/directline/conversations/abc/activities')).toBe('directline');
    expect(rateLimitGroup('/api/token')).toBe('token');
    expect(rateLimitGroup('/api/search')).toBe('search');
    expect(rateLimitGroup('/api/messages')).toBeNull(); // authenticated channel traffic
    expect(rateLimitGroup('/healthz')).toBeNull();
    expect(rateLimitGroup('/v3/conversations/x/activities')).toBeNull();
  });

  it('body checks from headers alone', () => {
    expect(checkBody('GET', '/', { 'content-length': '999999999' })).toBeNull();
    expect(checkBody('POST', '/api/messages', { 'content-length': '100' })).toBeNull();
    expect(checkBody('POST', '/api/messages', { 'content-length': String(5 * 1024 * 1024) })?.status).toBe(413);
    expect(checkBody('POST', '/v3/directline/conversations/x/upload', { 'content-length': String(MAX_UPLOAD_BYTES) })).toBeNull();
    expect(checkBody('POST', '/v3/directline/conversations/x/upload', { 'content-length': String(MAX_UPLOAD_BYTES + 1) })?.status).toBe(413);
    expect(checkBody('POST', '/api/messages', { 'content-length': 'abc' })?.status).toBe(400);
    expect(checkBody('POST', '/api/messages', { 'content-encoding': 'gzip' })?.status).toBe(415);
    expect(checkBody('POST', '/api/messages', { 'content-encoding': 'identity' })).toBeNull();
  });

  it('isLoopbackUrl: only http(s) on this machine', () => {
    for (const ok of ['http://127.0.0.1:3978/', 'http://localhost:1', 'https://[::1]:8080/x', 'http://127.9.9.9/']) expect(isLoopbackUrl(ok), ok).toBe(true);
    for (const bad of ['http://127.0.0.1.evil.example/', 'http://localhost.evil.example/', 'http://10.0.0.1/', 'file:///etc/passwd', 'ftp://127.0.0.1/', '', 'x', undefined, 42]) {
      expect(isLoopbackUrl(bad), String(bad)).toBe(false);
    }
  });

  it('messageTooLong: the bot can refuse a message longer than any question', () => {
    expect(messageTooLong('what is an EHC plan')).toBe(false);
    expect(messageTooLong('a'.repeat(MAX_MESSAGE_CHARS))).toBe(false);
    expect(messageTooLong('a'.repeat(MAX_MESSAGE_CHARS + 1))).toBe(true);
    expect(messageTooLong(undefined)).toBe(false);
  });

  it('rate limit settings from the environment; nonsense falls back to the defaults', () => {
    expect(rateLimitConfigFromEnv({})).toEqual(DEFAULT_RATE_LIMIT);
    expect(rateLimitConfigFromEnv({ RATE_LIMIT: 'off' }).enabled).toBe(false);
    expect(rateLimitConfigFromEnv({ RATE_LIMIT_BURST: '5', RATE_LIMIT_PER_MINUTE: '10', RATE_LIMIT_TRUST_PROXY: 'true' })).toMatchObject({ burst: 5, perMinute: 10, trustProxy: true });
    expect(rateLimitConfigFromEnv({ RATE_LIMIT_BURST: '-1', RATE_LIMIT_PER_MINUTE: 'lots' })).toMatchObject({ burst: DEFAULT_RATE_LIMIT.burst, perMinute: DEFAULT_RATE_LIMIT.perMinute });
  });
});
