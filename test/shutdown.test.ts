import { createServer, request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, Storage, StoreItems } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp } from '../src/app';
import { readConfig } from '../src/config';
import { gracefulShutdown } from '../src/http/shutdown';
import { StateStore } from '../src/bot/storage';
import { BotProcess, startBotProcess } from './helpers/botProcess';
import { memoryLog, realKnowledge } from './helpers/testBot';

/**
 * A channel's Connector API that holds its answers until released, so the bot's reply — and so the
 * bot's turn, and the channel's POST to /api/messages — stays in flight for as long as the test needs.
 */
async function startHoldingChannel() {
  const received: Array<{ conversationId: string; body: { type?: string; text?: string } }> = [];
  const held: Array<() => void> = [];
  let holding = true;
  let onArrival: (() => void) | undefined;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (!match) {
        res.writeHead(404);
        return void res.end();
      }
      received.push({ conversationId: decodeURIComponent(match[1]), body: JSON.parse(raw || '{}') });
      const id = `r${received.length}`;
      // Not chained: restify (loaded by this file) patches ServerResponse.writeHead to return nothing.
      const answer = () => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id }));
      };
      if (holding) held.push(answer);
      else answer();
      onArrival?.();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    firstArrival: () => new Promise<void>((resolve) => (received.length > 0 ? resolve() : (onArrival = resolve))),
    release() {
      holding = false;
      for (const answer of held.splice(0)) answer();
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** A POST with node:http, to see the raw status and Connection header (fetch hides hop-by-hop headers). */
function rawPost(url: string, body: unknown): Promise<{ status: number; connection?: string } | { refused: true }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET' ? resolve({ refused: true }) : reject(error)));
    req.end(JSON.stringify(body));
  });
}

const activity = (serviceUrl: string, conversationId: string, extra: Record<string, unknown>) => ({
  channelId: 'webchat',
  serviceUrl,
  conversation: { id: conversationId },
  from: { id: `parent-${conversationId}`, name: '' },
  recipient: { id: 'send-signpost', name: 'SEND Signpost' },
  id: `in-${conversationId}`,
  timestamp: new Date().toISOString(),
  ...extra,
});

describe('graceful shutdown of the real server (tsx src/index.ts)', () => {
  let bot: BotProcess | undefined;
  let channel: Awaited<ReturnType<typeof startHoldingChannel>> | undefined;
  afterAll(async () => {
    channel?.release();
    await bot?.stop('SIGKILL');
    await channel?.close();
  });

  it('on SIGTERM finishes the turn in flight (its replies arrive), refuses new requests with 503 + Connection: close, then exits 0', { timeout: 180_000 }, async () => {
    channel = await startHoldingChannel();
    bot = await startBotProcess();

    // A parent opens the chat; the bot's welcome reaches the channel, which does not answer yet.
    const inFlight = fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity(channel.url, 'in-flight', { type: 'conversationUpdate', membersAdded: [{ id: 'parent-in-flight' }] })),
    });
    await channel.firstArrival();

    void bot.stop('SIGTERM');
    await bot.waitForOutput(/shutting down/);

    // Anything new is refused while the turn finishes.
    const late = await rawPost(`${bot.url}/api/messages`, activity(channel.url, 'too-late', { type: 'message', text: 'hello' }));
    // Still listening, so a load balancer gets a clear answer rather than a refused connection.
    expect(late).toEqual({ status: 503, connection: 'close' });
    expect(bot.child.exitCode).toBeNull(); // Still waiting for the turn in flight.

    channel.release();
    expect((await inFlight).status).toBe(200);
    expect(await bot.exited).toBe(0);

    // The whole turn was delivered: the welcome and the menu after it. The refused message never ran.
    const delivered = channel.received.filter((r) => r.conversationId === 'in-flight').map((r) => r.body);
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    expect(delivered[0].text).toMatch(/SEND Signpost/);
    expect(channel.received.some((r) => r.conversationId === 'too-late')).toBe(false);
  });
});

/** A store whose next write, once armed, waits for release(): the turn stays in flight, replies held. */
function holdingStore(inner: Storage) {
  let armed = false;
  let started: () => void = () => undefined;
  let release: () => void = () => undefined;
  const writeStarted = new Promise<void>((resolve) => (started = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const store: Storage = {
    read: (keys: string[]) => inner.read(keys),
    async write(changes: StoreItems) {
      if (armed) {
        armed = false;
        started();
        await released;
      }
      return inner.write(changes);
    },
    delete: (keys: string[]) => inner.delete(keys),
  };
  return { store, arm: () => void (armed = true), writeStarted, release };
}

describe('graceful shutdown in local mode (built-in Direct Line)', () => {
  it('a turn in flight still delivers its replies to this server while it drains, so the parent gets them', { timeout: 120_000 }, async () => {
    const k = realKnowledge();
    const hold = holdingStore(new MemoryStorage());
    const log = memoryLog();
    const app = createApp(readConfig({ INSIGHTS: 'off' }), { log, storage: new StateStore(hold.store, { ttlMs: 3_600_000 }) });
    const shutdown = gracefulShutdown(app.http, log);
    const base = await app.http.listen(0, '127.0.0.1');
    try {
      const session = await (await fetch(`${base}/api/token`, { method: 'POST' })).json();
      const auth = { Authorization: `Bearer ${session.token}` };
      const conversation = await (await fetch(`${session.domain}/conversations`, { method: 'POST', headers: auth })).json();
      const texts: string[] = [];
      const arrivals = new Set<() => void>();
      const ws = new WebSocket(conversation.streamUrl);
      ws.on('message', (data) => {
        for (const a of (JSON.parse(String(data)) as { activities: Array<{ text?: string }> }).activities) texts.push(a.text ?? '');
        for (const check of [...arrivals]) check();
      });
      const seen = (text: string) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`never received: ${text.slice(0, 40)}`)), 20_000);
          const check = () => {
            if (!texts.includes(text)) return;
            clearTimeout(timer);
            arrivals.delete(check);
            resolve();
          };
          arrivals.add(check);
          check();
        });
      await seen(k.text('welcome'));

      hold.arm();
      const posting = fetch(`${session.domain}/conversations/${conversation.conversationId}/activities`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: k.text('menu.askQuestion') }),
      });
      // The turn has run; its state (now at the question prompt) is being saved and its replies are held.
      await hold.writeStarted;
      const stopped = shutdown.shutdown();
      expect((await fetch(`${base}/healthz`)).status).toBe(503);

      hold.release();
      expect((await posting).status).toBe(200);
      await seen(k.text('ask.prompt'));
      expect(await stopped).toEqual({ clean: true });
      expect(log.lines.filter((l) => l.level === 'error')).toEqual([]);
      ws.terminate();
    } finally {
      hold.release();
      await app.http.close();
    }
  });
});
