/**
 * The local Direct Line holds all conversations' activities within one byte budget (LOCAL_DIRECT_LINE_MAX_MB):
 * the longest-idle conversations lose their history first, the newest activity of a conversation with an open
 * stream is never dropped, and idle conversations expire (LOCAL_DIRECT_LINE_IDLE_MINUTES). Real HTTP on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp, type SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { DEFAULT_DIRECT_LINE_IDLE_MINUTES, DEFAULT_DIRECT_LINE_MAX_MB, directLineConfigFromEnv } from '../src/http/directline';
import { memoryLog } from './helpers/testBot';
import { withEnv } from './helpers/env';

interface Session {
  token: string;
  conversationId: string;
  domain: string;
}
interface ActivitySet {
  activities: Array<{ id: string; text?: string; from: { role?: string } }>;
  watermark: string;
}

let app: SignpostApp | undefined;
afterEach(async () => {
  await app?.http.close();
  app = undefined;
});

async function startApp(env: Record<string, string>): Promise<string> {
  app = withEnv({ RATE_LIMIT: 'off', ...env }, () => createApp(readConfig({ INSIGHTS: 'off' }), { log: memoryLog() }));
  return app.http.listen(0, '127.0.0.1');
}

async function open(base: string): Promise<Session & { streamUrl: string }> {
  const session = (await (await fetch(`${base}/api/token`, { method: 'POST' })).json()) as Session;
  const started = await fetch(`${session.domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
  const { streamUrl } = (await started.json()) as { streamUrl: string };
  return { ...session, streamUrl };
}

/** Posts a message and waits for the bot's turn (the POST answers once the turn's replies are stored). */
async function say(s: Session, text: string): Promise<void> {
  const res = await fetch(`${s.domain}/conversations/${s.conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', text }),
  });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
}

async function activities(s: Session): Promise<{ status: number; set?: ActivitySet }> {
  const res = await fetch(`${s.domain}/conversations/${s.conversationId}/activities`, { headers: { Authorization: `Bearer ${s.token}` } });
  return res.status === 200 ? { status: 200, set: (await res.json()) as ActivitySet } : { status: res.status };
}

async function stream(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}

/** About 7 KB a message once stored: past the bot's length rule, so each turn is one short reply. */
const long = (tag: string) => `${tag} ${'w'.repeat(7000)}`;

describe('directLineConfigFromEnv', () => {
  it('reads the cap in megabytes and the idle time in minutes; anything but a number above 0 keeps the default', () => {
    expect(directLineConfigFromEnv({ LOCAL_DIRECT_LINE_MAX_MB: '0.5', LOCAL_DIRECT_LINE_IDLE_MINUTES: '2' })).toEqual({ maxTotalBytes: 512 * 1024, idleMs: 120_000 });
    const defaults = { maxTotalBytes: DEFAULT_DIRECT_LINE_MAX_MB * 1024 * 1024, idleMs: DEFAULT_DIRECT_LINE_IDLE_MINUTES * 60_000 };
    expect(directLineConfigFromEnv({})).toEqual(defaults);
    expect(directLineConfigFromEnv({ LOCAL_DIRECT_LINE_MAX_MB: '0', LOCAL_DIRECT_LINE_IDLE_MINUTES: 'soon' })).toEqual(defaults);
    expect(directLineConfigFromEnv({ LOCAL_DIRECT_LINE_MAX_MB: '-3', LOCAL_DIRECT_LINE_IDLE_MINUTES: ' ' })).toEqual(defaults);
  });
});

describe('one byte budget for every conversation of the local Direct Line', () => {
  it('over the budget, the longest-idle conversations lose their history first, each keeping its newest activity', async () => {
    const base = await startApp({ LOCAL_DIRECT_LINE_MAX_MB: '0.25' });
    const directLine = app!.http.directLine!;
    const budget = 0.25 * 1024 * 1024;
    const sessions = [];
    // Five parents one after another, about 90 KB each: 450 KB in all against a 256 KB budget, while each
    // conversation stays inside its own 256 KB bound.
    for (let c = 0; c < 5; c++) {
      const s = await open(base);
      for (let i = 0; i < 12; i++) await say(s, long(`c${c} m${i}`));
      sessions.push(s);
      expect(directLine.stats().bytes).toBeLessThanOrEqual(budget);
    }
    const [first, , , , last] = sessions;

    // The newest conversation has all of its history.
    const newest = (await activities(last)).set!;
    expect(Number(newest.watermark)).toBe(newest.activities.length);
    for (let i = 0; i < 12; i++) expect(newest.activities.some((a) => a.text?.startsWith(`c4 m${i} `))).toBe(true);

    // The first lost its history but not its newest activity (the bot's last reply), and numbering carries on.
    const oldest = (await activities(first)).set!;
    expect(oldest.activities.length).toBeGreaterThanOrEqual(1);
    expect(Number(oldest.watermark)).toBeGreaterThan(oldest.activities.length);
    expect(oldest.activities.some((a) => a.text?.startsWith('c0 m0 '))).toBe(false);
    expect(oldest.activities[oldest.activities.length - 1].from.role).toBe('bot');

    // Its parent carries on: the new message and its reply are kept, and the budget still holds.
    const watermark = Number(oldest.watermark);
    await say(first, long('c0 again'));
    const after = (await activities(first)).set!;
    expect(Number(after.watermark)).toBeGreaterThanOrEqual(watermark + 2); // the message and at least one reply
    expect(after.activities.some((a) => a.text?.startsWith('c0 again '))).toBe(true);
    expect(directLine.stats().bytes).toBeLessThanOrEqual(budget);
    expect(directLine.stats().conversations).toBe(5);
  }, 120_000);

  it('when newest activities alone pass the budget, idle conversations with no open stream are forgotten, never one with a stream', async () => {
    // About 5 KB: one stored 7 KB message is over budget on its own.
    const base = await startApp({ LOCAL_DIRECT_LINE_MAX_MB: '0.005' });
    const directLine = app!.http.directLine!;
    const withStream = await open(base);
    const ws = await stream(withStream.streamUrl);
    try {
      await say(withStream, long('streamed'));
      const polling = await open(base);
      await say(polling, long('polled'));
      const current = await open(base);
      await say(current, long('latest'));

      // The conversation with an open stream is the longest idle, yet keeps its newest activity.
      const streamed = await activities(withStream);
      expect(streamed.status).toBe(200);
      expect(streamed.set!.activities.length).toBeGreaterThanOrEqual(1);
      // The idle one with no stream is gone: its token opens nothing now.
      expect((await activities(polling)).status).toBe(403);
      // The one just written to keeps its newest activity (the bot's reply).
      const latest = (await activities(current)).set!;
      expect(latest.activities[latest.activities.length - 1].from.role).toBe('bot');
      expect(directLine.stats().conversations).toBe(2);
    } finally {
      ws.close();
    }
  }, 60_000);

  it('a conversation idle past LOCAL_DIRECT_LINE_IDLE_MINUTES is forgotten unless its stream is open', async () => {
    const base = await startApp({ LOCAL_DIRECT_LINE_IDLE_MINUTES: '0.005' }); // 300 ms
    const idle = await open(base);
    const streamed = await open(base);
    const ws = await stream(streamed.streamUrl);
    try {
      await say(idle, 'hello');
      // Well past the idle time (this waits for the expiry; it asserts nothing about timing).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await open(base); // a new conversation sweeps as well as the timer
      expect((await activities(idle)).status).toBe(403);
      expect((await activities(streamed)).status).toBe(200);
      expect(app!.http.directLine!.stats().conversations).toBe(2);
    } finally {
      ws.close();
    }
  }, 60_000);
});
