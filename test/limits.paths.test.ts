/**
 * Rate limits over real HTTP: every spelling of a limited path shares the plain path's bucket, the
 * endpoints that run the matcher are limited, and WebSocket upgrades are limited per client and per
 * conversation (they never pass through restify's handlers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp, type SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { normalisePath } from '../src/http/respond';
import { rateLimitGroup } from '../src/http/limits';
import { memoryLog } from './helpers/testBot';
import { withEnv } from './helpers/env';

const SMALL = { RATE_LIMIT: undefined, RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_TRUST_PROXY: undefined };

async function start(env: Record<string, string | undefined>, config: Record<string, string> = {}) {
  const app = withEnv({ FRAME_ANCESTORS: undefined, ...env }, () => createApp(readConfig({ INSIGHTS: 'off', ...config }), { log: memoryLog() }));
  const base = await app.http.listen(0, '127.0.0.1');
  return { app, base };
}

async function statusOf(url: string, init?: RequestInit): Promise<number> {
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return res.status;
}

/** Resolves with the HTTP status an upgrade was answered with (101 when accepted). */
function upgradeStatus(url: string): Promise<{ status: number; ws?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      res.resume();
    });
    ws.once('error', reject);
  });
}

describe('normalised paths', () => {
  it('decodes, resolves and lower-cases every spelling to one path', () => {
    expect(normalisePath('/api/%73earch?q=x')).toBe('/api/search');
    expect(normalisePath('/API//Search/')).toBe('/api/search');
    expect(normalisePath('/api/./x/../search')).toBe('/api/search');
    expect(normalisePath('/api/%2573earch')).toBe('/api/search');
    expect(normalisePath('/v3/%64irectline/tokens/generate')).toBe('/v3/directline/tokens/generate');
    expect(normalisePath('\\api\\token')).toBe('/api/token');
    // Paths that are already normal come back as they are; a trailing slash, upper case or the root still change.
    expect(normalisePath('/api/messages')).toBe('/api/messages');
    expect(normalisePath('/v3/directline/conversations/a_b-9/activities?watermark=3')).toBe('/v3/directline/conversations/a_b-9/activities');
    expect(normalisePath('/api/search/')).toBe('/api/search');
    expect(normalisePath('/api/Search')).toBe('/api/search');
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('/api/..')).toBe('/');
    expect(normalisePath('/%E0%A4%A')).toBe(normalisePath('/%E0%A4%A')); // malformed escapes never throw
    expect(rateLimitGroup('/api/%74oken')).toBe('token');
    expect(rateLimitGroup('/reference?q=ehcp')).toBe('search');
    expect(rateLimitGroup('/reference')).toBeNull();
    expect(rateLimitGroup('/insights?since=2026-01-01')).toBe('insights');
    expect(rateLimitGroup('/api/messages')).toBeNull();
    expect(rateLimitGroup('/api/%6Dessages', { localMode: true })).toBe('messages');
  });
});

describe('rate limits cannot be dodged by spelling a path differently', () => {
  let app: SignpostApp;
  let base: string;
  beforeAll(async () => {
    ({ app, base } = await start(SMALL, { INSIGHTS_TOKEN: 'staff-token-for-tests' }));
  });
  afterAll(async () => {
    await app?.http.close();
  });

  it('/api/%73earch is limited once /api/search has used the bucket', async () => {
    const plain = [];
    for (let i = 0; i < 3; i++) plain.push(await statusOf(`${base}/api/search?q=ehcp`));
    expect(plain).toEqual([200, 200, 200]);
    expect(await statusOf(`${base}/api/%73earch?q=ehcp`)).toBe(429);
    expect(await statusOf(`${base}/API//search/?q=ehcp`)).toBe(429);
    // /reference?q= runs the same matcher, so it shares the search bucket.
    expect(await statusOf(`${base}/reference?q=ehcp`)).toBe(429);
    // The reference page without a question is not limited.
    expect(await statusOf(`${base}/reference`)).toBe(200);
  });

  it('/api/%74oken and /v3/%64irectline are limited like their plain forms', async () => {
    const token = [];
    for (let i = 0; i < 3; i++) token.push(await statusOf(`${base}/api/token`, { method: 'POST' }));
    expect(token).toEqual([200, 200, 200]);
    expect(await statusOf(`${base}/api/%74oken`, { method: 'POST' })).toBe(429);
    const dl = [];
    for (let i = 0; i < 3; i++) dl.push(await statusOf(`${base}/v3/%64irectline/tokens/generate`, { method: 'POST' }));
    expect(dl).toEqual([200, 200, 200]);
    expect(await statusOf(`${base}/v3/directline/tokens/generate`, { method: 'POST' })).toBe(429);
  });

  it('/insights is limited, even for a caller with the right token', async () => {
    const headers = { Authorization: 'Bearer staff-token-for-tests' };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await statusOf(`${base}/insights`, { headers }));
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses[3]).toBe(429);
  });

  it('/api/messages is limited in local mode (it checks no token there)', async () => {
    const body = JSON.stringify({ type: 'typing', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' }, channelId: 'emulator' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await statusOf(`${base}/api/%6Dessages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses[3]).toBe(429);
  });
});

describe('WebSocket upgrades are limited', () => {
  async function conversation(base: string) {
    const session = (await (await fetch(`${base}/api/token`, { method: 'POST' })).json()) as { token: string; domain: string };
    const res = await fetch(`${session.domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
    return (await res.json()) as { streamUrl: string };
  }

  it('per conversation: a fifth socket on one conversation is refused, and closing one makes room', async () => {
    const { app, base } = await start({ RATE_LIMIT: 'off' });
    try {
      const { streamUrl } = await conversation(base);
      const open: WebSocket[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await upgradeStatus(streamUrl);
        expect(r.status).toBe(101);
        open.push(r.ws!);
      }
      expect((await upgradeStatus(streamUrl)).status).toBe(429);
      const closed = new Promise((resolve) => open[0].once('close', resolve));
      open[0].close();
      await closed;
      await new Promise((r) => setTimeout(r, 50));
      const again = await upgradeStatus(streamUrl);
      expect(again.status).toBe(101);
      for (const ws of [...open, again.ws!]) ws.terminate();
    } finally {
      await app.http.close();
    }
  });

  it('per client: once the burst is used, upgrades get 429 on any conversation', async () => {
    const { app, base } = await start(SMALL);
    try {
      const conversations = [];
      for (let i = 0; i < 3; i++) conversations.push(await conversation(base));
      const sockets: WebSocket[] = [];
      for (const c of conversations) {
        const r = await upgradeStatus(c.streamUrl);
        expect(r.status).toBe(101);
        sockets.push(r.ws!);
      }
      expect((await upgradeStatus(conversations[0].streamUrl)).status).toBe(429);
      for (const ws of sockets) ws.terminate();
    } finally {
      await app.http.close();
    }
  });
});
