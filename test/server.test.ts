import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { startChannelSink } from './helpers/channelSink';
import { memoryLog, realKnowledge } from './helpers/testBot';

const k = realKnowledge();
const config = (extra: NodeJS.ProcessEnv = {}) => readConfig({ KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, INSIGHTS: 'off', ...extra });

/** An activity as a channel posts it to /api/messages, replies going to `serviceUrl`. */
function channelActivity(serviceUrl: string, conversationId: string, extra: Record<string, unknown>) {
  return {
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversationId },
    from: { id: 'parent-1', name: 'Parent' },
    recipient: { id: 'bot-1', name: 'SEND Signpost' },
    id: `act-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    ...extra,
  };
}

describe('the real server, local mode', () => {
  let app: SignpostApp;
  let base: string;
  let sink: Awaited<ReturnType<typeof startChannelSink>>;

  beforeAll(async () => {
    app = createApp(config(), { log: memoryLog() });
    base = await app.http.listen(0, '127.0.0.1');
    sink = await startChannelSink();
  });
  afterAll(async () => {
    await app.http.close();
    await sink.close();
  });

  it('GET /healthz reports status, version and how many entries are loaded', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), knowledgeEntries: k.entries.length });
    expect(body.knowledgeEntries).toBeGreaterThan(0);
  });

  it('POST /api/messages: a new conversation gets the welcome and the menu at the channel', async () => {
    const conversationId = 'http-welcome';
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(channelActivity(sink.url, conversationId, { type: 'conversationUpdate', membersAdded: [{ id: 'parent-1' }] })),
    });
    expect(response.status).toBe(200);
    const replies = sink.messagesFor(conversationId);
    expect(replies[0].body.text).toBe(k.text('welcome'));
    const menu = replies[replies.length - 1].body as { suggestedActions?: { actions: Array<{ title: string }> } };
    expect(menu.suggestedActions?.actions.map((a) => a.title)).toContain(k.text('menu.askQuestion'));
  });

  it('POST /api/messages: a menu choice is routed and answered at the channel', async () => {
    const conversationId = 'http-choice';
    const post = (extra: Record<string, unknown>) =>
      fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(channelActivity(sink.url, conversationId, extra)),
      });
    await post({ type: 'conversationUpdate', membersAdded: [{ id: 'parent-1' }] });
    const before = sink.messagesFor(conversationId).length;
    expect((await post({ type: 'message', text: k.text('menu.askQuestion') })).status).toBe(200);
    const replies = sink.messagesFor(conversationId).slice(before);
    expect(replies.map((r) => r.body.text)).toContain(k.text('ask.prompt'));
    // Replies go back as replies to the parent's message, as a channel expects.
    expect(replies[0].replyToId).toBeDefined();
  });

  it('malformed JSON gets 400, an empty body gets 400, a huge body gets 413, and the server keeps serving', async () => {
    const bad = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type": "message", "text": "my name is Jo' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toContain('Jo');
    const empty = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '' });
    expect(empty.status).toBe(400);
    const array = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1,2]' });
    expect(array.status).toBe(400);
    const huge = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'x'.repeat(5 * 1024 * 1024) }) }).catch(() => undefined);
    // A server may close the socket on an oversized upload after answering; either way nothing crashes.
    if (huge) expect(huge.status).toBe(413);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('GET / serves the chat page, which loads Web Chat from this server, not a CDN', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script src="/webchat/webchat.js"></script>');
    expect(html).not.toMatch(/https?:\/\/[^"']*(cdn|botframework\.com)/);
    expect(html).toMatch(/not legal advice/);
    const bundle = await fetch(`${base}/webchat/webchat.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
  });
});

describe('the real server with a Microsoft app id (Bot Framework authentication on)', () => {
  it('a request without a token gets 401 and the bot does not run', async () => {
    const log = memoryLog();
    const app = createApp(config({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'not-a-real-secret' }), { log });
    const base = await app.http.listen(0, '127.0.0.1');
    const sink = await startChannelSink();
    try {
      const response = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(channelActivity(sink.url, 'no-token', { type: 'message', text: 'hello' })),
      });
      expect(response.status).toBe(401);
      expect(sink.received).toEqual([]);
      // The local Direct Line endpoint is off: production uses Azure's.
      expect(app.http.directLine).toBeUndefined();
      expect((await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
    } finally {
      await app.http.close();
      await sink.close();
    }
  });
});
