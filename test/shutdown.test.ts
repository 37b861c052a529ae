import { createServer, request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { BotProcess, startBotProcess } from './helpers/botProcess';

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
      if (!match) return void res.writeHead(404).end();
      received.push({ conversationId: decodeURIComponent(match[1]), body: JSON.parse(raw || '{}') });
      const answer = () => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `r${received.length}` }));
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

  it('on SIGTERM finishes the turn in flight (its replies arrive), refuses new requests with 503 + Connection: close, then exits 0', async () => {
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
