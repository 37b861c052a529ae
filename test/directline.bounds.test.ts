/**
 * The local Direct Line keeps only what Web Chat shows and bounds each conversation, whatever clients send;
 * upgrade requests to paths nobody serves are answered and closed. Real HTTP on 127.0.0.1.
 * Memory figures are printed for the record, never asserted (they depend on the machine).
 */
import net from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { forDisplay } from '../src/http/directline';
import { memoryLog } from './helpers/testBot';
import { withEnv } from './helpers/env';

describe('forDisplay keeps only what Web Chat shows', () => {
  it('drops value and channelData (but Web Chat\'s own echo fields), clips text, and keeps card content', () => {
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'hi' }] };
    const shown = forDisplay({
      type: 'message',
      id: 'c|0000001',
      text: 'x'.repeat(20_000),
      value: { big: 'y'.repeat(100_000) },
      channelData: { clientActivityID: 'abc', junk: 'z'.repeat(100_000) },
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: card },
        { contentType: 'image/png', name: 'p.png', contentUrl: `data:image/png;base64,${'A'.repeat(50_000)}`, content: { huge: 'q'.repeat(50_000) } },
      ],
      suggestedActions: { actions: [{ type: 'imBack', title: 'Menu', value: 'Menu' }], to: [] },
      from: { id: 'u', name: 'n', role: 'user' },
      entities: [{ type: 'x', junk: 'e'.repeat(10_000) }],
    } as never) as unknown as Record<string, unknown>;
    expect(shown.value).toBeUndefined();
    expect(shown.entities).toBeUndefined();
    expect(shown.channelData).toEqual({ clientActivityID: 'abc' });
    expect((shown.text as string).length).toBe(8_000);
    expect(shown.attachments).toEqual([
      { contentType: 'application/vnd.microsoft.card.adaptive', content: card },
      { contentType: 'image/png', name: 'p.png' },
    ]);
    expect(shown.suggestedActions).toEqual({ actions: [{ type: 'imBack', title: 'Menu', value: 'Menu' }] });
    expect(JSON.stringify(shown).length).toBeLessThan(10_000);
  });
});

describe('the local Direct Line under large posts', () => {
  let app: SignpostApp;
  let base: string;
  beforeAll(async () => {
    app = withEnv({ RATE_LIMIT: 'off' }, () => createApp(readConfig({ INSIGHTS: 'off' }), { log: memoryLog() }));
    base = await app.http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.http.close();
  });

  it('an upgrade request to a path nobody serves is answered 404 and closed', async () => {
    const port = Number(new URL(base).port);
    const { response, closed } = await new Promise<{ response: string; closed: boolean }>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let response = '';
      socket.on('data', (d) => (response += d.toString()));
      socket.on('close', () => resolve({ response, closed: true }));
      socket.on('error', reject);
      socket.write('GET /nothing-here HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
      // A hang guard, not a timing assertion: the server closes long before this.
      setTimeout(() => { socket.destroy(); resolve({ response, closed: false }); }, 10_000).unref();
    });
    expect(response).toMatch(/^HTTP\/1\.1 404 /);
    expect(closed).toBe(true);
  });

  it('400 posts of ~240 KB each leave each conversation bounded, and a poll stays small', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    const rss = () => mb(process.memoryUsage().rss);
    const heap = () => {
      gc();
      return mb(process.memoryUsage().heapUsed);
    };
    const heapBefore = heap();
    const directLine = app.http.directLine!;
    const before = rss();
    const conversations = [];
    for (let c = 0; c < 4; c++) {
      const session = (await (await fetch(`${base}/api/token`, { method: 'POST' })).json()) as { token: string; conversationId: string; domain: string };
      await (await fetch(`${session.domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } })).arrayBuffer();
      conversations.push(session);
    }
    const big = 'v'.repeat(200 * 1024);
    const padding = 'c'.repeat(36 * 1024);
    for (let i = 0; i < 400; i++) {
      const s = conversations[i % conversations.length];
      const res = await fetch(`${s.domain}/conversations/${s.conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: `question ${i} about ehcp`, value: { big }, channelData: { clientActivityID: `a${i}`, padding } }),
      });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const stats = directLine.stats();
    expect(stats.largestConversationBytes).toBeLessThanOrEqual(256 * 1024);
    const s = conversations[0];
    const poll = await fetch(`${s.domain}/conversations/${s.conversationId}/activities`, { headers: { Authorization: `Bearer ${s.token}` } });
    const body = await poll.text();
    expect(Buffer.byteLength(body)).toBeLessThan(300 * 1024);
    const set = JSON.parse(body) as { activities: Array<Record<string, unknown>>; watermark: string };
    expect(Number(set.watermark)).toBeGreaterThan(set.activities.length); // the oldest were dropped, numbering carries on
    expect(set.activities.some((a) => 'value' in a)).toBe(false);
    expect(set.activities.filter((a) => (a.from as { role?: string })?.role === 'user').every((a) => Object.keys((a.channelData as object) ?? {}).every((k) => k === 'clientActivityID'))).toBe(true);
    const after = rss();
    const heapAfter = heap();
    console.log(`[directline bounds] RSS before ${before} MB, after 400 posts ${after} MB (heap after GC ${heapBefore} → ${heapAfter} MB); held ${stats.activities} activities, ${Math.round(stats.bytes / 1024)} KB in ${stats.conversations} conversations; one poll ${Math.round(Buffer.byteLength(body) / 1024)} KB`);
  }, 180_000);
});
