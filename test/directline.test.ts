import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp, SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { memoryLog, realKnowledge } from './helpers/testBot';

const k = realKnowledge();

interface DLActivity { id: string; type: string; text?: string; from: { id: string; role?: string }; channelData?: Record<string, unknown>; suggestedActions?: { actions: Array<{ title: string }> } }

describe('the built-in Direct Line 3.0–compatible endpoint (what Web Chat talks to locally)', () => {
  let app: SignpostApp;
  let base: string;

  beforeAll(async () => {
    app = createApp(readConfig({ KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, INSIGHTS: 'off' }), { log: memoryLog() });
    base = await app.http.listen(0, '127.0.0.1');
  });
  afterAll(() => app.http.close());

  async function start() {
    const session = await (await fetch(`${base}/api/token`, { method: 'POST' })).json();
    const auth = { Authorization: `Bearer ${session.token}` };
    const conversation = await (await fetch(`${session.domain}/conversations`, { method: 'POST', headers: auth })).json();
    return { session, auth, conversation };
  }

  /** Polls GET activities until `until` is satisfied (bounded: a hang guard, not a timing assertion). */
  async function poll(domain: string, id: string, auth: Record<string, string>, until: (a: DLActivity[]) => boolean) {
    for (let i = 0; i < 100; i++) {
      const set = await (await fetch(`${domain}/conversations/${id}/activities`, { headers: auth })).json();
      if (until(set.activities)) return set as { activities: DLActivity[]; watermark: string };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the expected activities never arrived');
  }

  it('/api/token gives a local token and domain; starting the conversation brings the welcome (polling)', async () => {
    const { session, auth, conversation } = await start();
    expect(session.mode).toBe('local');
    expect(session.domain).toBe(`${base.replace('127.0.0.1', '127.0.0.1')}/v3/directline`);
    expect(conversation.conversationId).toBe(session.conversationId);
    expect(conversation.streamUrl).toMatch(/^ws:\/\/.+\/stream\?t=/);
    const set = await poll(session.domain, conversation.conversationId, auth, (a) => a.some((x) => x.text === k.text('welcome')));
    const menu = set.activities.find((a) => a.suggestedActions);
    expect(menu?.suggestedActions?.actions.map((a) => a.title)).toContain(k.text('menu.askQuestion'));
    expect(Number(set.watermark)).toBe(set.activities.length);
  });

  it('posting a message echoes it (with Web Chat\'s clientActivityID) and the bot\'s reply follows, over the WebSocket stream', async () => {
    const { session, auth, conversation } = await start();
    const ws = new WebSocket(conversation.streamUrl);
    const seen: DLActivity[] = [];
    ws.on('message', (data) => {
      const text = data.toString();
      if (text) seen.push(...JSON.parse(text).activities);
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const posted = await fetch(`${session.domain}/conversations/${conversation.conversationId}/activities`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: k.text('menu.askQuestion'), from: { id: 'someone-else', role: 'bot' }, channelData: { clientActivityID: 'c-1' } }),
    });
    expect(posted.status).toBe(200);
    const { id } = await posted.json();
    for (let i = 0; i < 100 && !seen.some((a) => a.text === k.text('ask.prompt')); i++) await new Promise((r) => setTimeout(r, 100));
    ws.close();
    const echo = seen.find((a) => a.id === id)!;
    expect(echo.channelData?.clientActivityID).toBe('c-1');
    // Identity comes from the token, not from what the browser claims.
    expect(echo.from).toEqual(expect.objectContaining({ id: session.userId, role: 'user' }));
    const ids = seen.map((a) => a.id);
    expect(ids.indexOf(id)).toBeLessThan(seen.findIndex((a) => a.text === k.text('ask.prompt')));
    expect(seen.some((a) => a.text === k.text('welcome'))).toBe(true);
  });

  it('refuses a missing or wrong token, and a token used for another conversation', async () => {
    const a = await start();
    const b = await start();
    const list = (id: string, headers: Record<string, string>) => fetch(`${a.session.domain}/conversations/${id}/activities`, { headers });
    expect((await list(a.conversation.conversationId, {})).status).toBe(403);
    expect((await list(a.conversation.conversationId, { Authorization: 'Bearer nonsense' })).status).toBe(403);
    expect((await list(b.conversation.conversationId, a.auth)).status).toBe(403);
    const socket = new WebSocket(a.conversation.streamUrl.replace(/t=[^&]+/, 't=nonsense'));
    const refused = await new Promise((resolve) => {
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode));
      socket.once('open', () => resolve('opened'));
      socket.once('error', () => resolve('error'));
    });
    expect(refused).toBe(403);
  });

  it('rejects an activity that is not an object with a type, and keeps the conversation working', async () => {
    const { session, auth, conversation } = await start();
    const url = `${session.domain}/conversations/${conversation.conversationId}/activities`;
    const bad = await fetch(url, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'no type' }) });
    expect(bad.status).toBe(400);
    const good = await fetch(url, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'help' }) });
    expect(good.status).toBe(200);
    await poll(session.domain, conversation.conversationId, auth, (a) => a.some((x) => x.text === k.text('help')));
  });

  it('an upload is never kept: the bot explains it cannot open files', async () => {
    const { session, auth, conversation } = await start();
    const form = new FormData();
    form.append('file', new Blob(['private letter contents']), 'letter.txt');
    const response = await fetch(`${session.domain}/conversations/${conversation.conversationId}/upload?userId=${session.userId}`, { method: 'POST', headers: auth, body: form });
    expect(response.status).toBe(200);
    const set = await poll(session.domain, conversation.conversationId, auth, (a) => a.some((x) => x.text === k.text('input.attachment')));
    expect(JSON.stringify(set.activities)).not.toContain('private letter contents');
  });
});
