/**
 * Smaller operational faults, over real HTTP on 127.0.0.1: an unreachable signing-key endpoint, rejected
 * tokens in the log, malformed activity lists, conversation ids in logs, a serviceUrl that never answers,
 * and the local connector routes that used to trust any loopback caller.
 */
import crypto from 'node:crypto';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { AuthenticationConstants } from 'botframework-connector';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { tidyActivity } from '../src/bot/bot';
import { startChannelSink } from './helpers/channelSink';
import { memoryLog, realKnowledge } from './helpers/testBot';
import { withEnv } from './helpers/env';

const k = realKnowledge();
const APP_ID = '00000000-1111-2222-3333-444444444444';
const metadataCache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, OpenIdMetadata> }).openIdMetadataCache;

function activity(overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: crypto.randomUUID(),
    channelId: 'emulator',
    conversation: { id: `ops-${crypto.randomUUID()}` },
    from: { id: 'parent-1', name: '' },
    recipient: { id: 'send-signpost', name: 'SEND Signpost' },
    text: 'what is an EHC plan',
    ...overrides,
  };
}

async function post(base: string, body: unknown, auth?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (auth) headers.Authorization = auth;
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe('with MicrosoftAppId set', () => {
  let app: SignpostApp;
  let base: string;
  let log: ReturnType<typeof memoryLog>;
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeAll(async () => {
    // The signing-key endpoint is a loopback port nobody listens on.
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    metadataCache.set(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, new OpenIdMetadata(`http://127.0.0.1:${port}/openid`));
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    log = memoryLog();
    app = withEnv({ RATE_LIMIT: 'off' }, () => createApp(readConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline', INSIGHTS: 'off' }), { log }));
    base = await app.http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.http.close();
    metadataCache.delete(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl);
    consoleError?.mockRestore();
  });

  it('an unreachable token-key endpoint gives 503 with nothing internal in the body', async () => {
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const now = Math.floor(Date.now() / 1000);
    const token = jwt.sign({ iss: AuthenticationConstants.ToBotFromChannelTokenIssuer, aud: APP_ID, nbf: now - 60, exp: now + 3600 }, privateKey.export({ type: 'pkcs8', format: 'pem' }), { algorithm: 'RS256', keyid: 'some-key' });
    const r = await post(base, activity({ channelId: 'webchat', serviceUrl: 'https://smba.example.invalid/uk/' }), `Bearer ${token}`);
    expect(r.status).toBe(503);
    expect(r.text).not.toMatch(/ECONNREFUSED|fetch failed|127\.0\.0\.1|openid|Failed to load|Error:|\bat /i);
    expect(log.lines.some((l) => l.msg === 'token keys unavailable')).toBe(true);
  });

  it('a rejected token is one log line with no stack, and nothing on stderr', async () => {
    consoleError.mockClear();
    const before = log.lines.length;
    const r = await post(base, activity({ serviceUrl: 'https://smba.example.invalid/uk/' }), 'Bearer not-a-token');
    expect(r.status).toBe(401);
    expect(r.text).not.toMatch(/\bat |Error:/);
    const lines = log.lines.slice(before);
    expect(lines.filter((l) => l.msg === 'token rejected')).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toMatch(/stack|\n\s+at /);
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('in local mode', () => {
  let app: SignpostApp;
  let base: string;
  let log: ReturnType<typeof memoryLog>;
  let sink: Awaited<ReturnType<typeof startChannelSink>>;
  beforeAll(async () => {
    sink = await startChannelSink();
    log = memoryLog();
    app = withEnv({ RATE_LIMIT: 'off' }, () => createApp(readConfig({ INSIGHTS: 'off' }), { log }));
    base = await app.http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.http.close();
    await sink?.close();
  });

  it('tidyActivity turns malformed lists into lists of objects', () => {
    const a = { type: 'message', attachments: [null, 5, 'x', { contentType: 7 }], membersAdded: 'everyone', entities: { type: 'mention' } } as never;
    tidyActivity(a);
    expect(a).toMatchObject({ attachments: [{ contentType: '7' }], membersAdded: [], entities: [] });
  });

  it('malformed attachments, membersAdded and entities get ordinary answers, never the error apology', async () => {
    const odd = [
      activity({ serviceUrl: sink.url, attachments: { contentType: 'image/png' } }),
      activity({ serviceUrl: sink.url, attachments: [null, 42, { contentType: ['x'] }] }),
      activity({ serviceUrl: sink.url, entities: 'mention' }),
      activity({ serviceUrl: sink.url, entities: [null, 'x'] }),
      activity({ serviceUrl: sink.url, type: 'conversationUpdate', text: undefined, membersAdded: 'parent' }),
      activity({ serviceUrl: sink.url, type: 'conversationUpdate', text: undefined, membersAdded: [null, { name: 'no id' }, { id: 'parent-1' }] }),
      activity({ serviceUrl: sink.url, channelId: 'msteams', entities: [{ type: 'mention', mentioned: null, text: 5 }], recipient: 'bot' }),
    ];
    for (const body of odd) {
      const before = sink.received.length;
      const r = await post(base, body);
      expect(r.status, JSON.stringify(body)).toBe(200);
      const replies = sink.received.slice(before).map((x) => String(x.body.text ?? '')).join('\n');
      expect(replies, JSON.stringify(body)).not.toContain(k.text('error.apology'));
    }
    expect(log.lines.filter((l) => l.msg === 'turn failed')).toEqual([]);
  });

  it('conversation ids are hashed in the log', async () => {
    const raw = `conversation-${'z'.repeat(5000)}`;
    await post(base, activity({ serviceUrl: sink.url, conversation: { id: raw } }));
    const logged = JSON.stringify(log.lines);
    expect(logged).not.toContain('conversation-zzzz');
    expect(log.lines.some((l) => typeof (l.obj as { conversationId?: unknown }).conversationId === 'string' && /^c_/.test((l.obj as { conversationId: string }).conversationId))).toBe(true);
  });

  it('a loopback serviceUrl that never answers holds the turn only for the send timeout; another loopback port keeps working', async () => {
    const silent = net.createServer(() => undefined); // accepts, never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    try {
      const r = await post(base, activity({ serviceUrl: silentUrl }));
      expect(r.status).toBe(200);
      expect(log.lines.some((l) => l.msg === 'send to the channel timed out')).toBe(true);
      const before = sink.received.length;
      expect((await post(base, activity({ serviceUrl: sink.url }))).status).toBe(200);
      expect(sink.received.length).toBeGreaterThan(before);
    } finally {
      silent.close();
    }
  }, 60_000);

  it('the local connector routes are not open to any loopback caller: the old path is gone', async () => {
    const session = (await (await fetch(`${base}/api/token`, { method: 'POST' })).json()) as { token: string; conversationId: string; domain: string };
    const headers = { Authorization: `Bearer ${session.token}` };
    await (await fetch(`${session.domain}/conversations`, { method: 'POST', headers })).arrayBuffer();
    const list = async () => ((await (await fetch(`${session.domain}/conversations/${session.conversationId}/activities`, { headers })).json()) as { activities: Array<{ text?: string }> }).activities;
    // The welcome arrives after the conversation starts; wait for it so the count below is settled.
    for (let i = 0; i < 100 && !(await list()).some((a) => a.text === k.text('welcome')); i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    const before = (await list()).length;
    const forged = await fetch(`${base}/v3/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Forged: call this number' }),
    });
    await forged.arrayBuffer();
    expect(forged.status).toBe(404);
    const after = await list();
    expect(after.length).toBe(before);
    expect(after.some((a) => a.text?.includes('Forged'))).toBe(false);
  });
});
