import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface SinkActivity {
  conversationId: string;
  replyToId?: string;
  body: Record<string, unknown> & { type?: string; text?: string };
  authorization?: string;
}

/**
 * A stand-in for a Bot Framework channel's Connector service: it records what the bot sends to
 * `serviceUrl` (replies and proactive messages) and answers as the real service does.
 */
export async function startChannelSink(options: { delayMs?: number } = {}) {
  const received: SinkActivity[] = [];
  const waiters: Array<() => void> = [];
  let counter = 0;

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => resolve(data));
    });

  const server: Server = createServer(async (req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    const raw = await readBody(req);
    if (!match || req.method !== 'POST') {
      res.writeHead(404);
      res.end();
      return;
    }
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    received.push({
      conversationId: decodeURIComponent(match[1]),
      replyToId: match[2] ? decodeURIComponent(match[2]) : undefined,
      body: raw ? JSON.parse(raw) : {},
      authorization: req.headers.authorization,
    });
    waiters.splice(0).forEach((w) => w());
    // Not chained: restify patches ServerResponse in this process and its writeHead returns nothing.
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: `sink-${++counter}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    received,
    /** Messages the bot sent to one conversation. */
    messagesFor: (conversationId: string) => received.filter((r) => r.conversationId === conversationId),
    /** Resolves once `count` activities have arrived in total, or rejects after `withinMs` (a hang guard, not a timing test). */
    waitFor(count: number, withinMs = 15_000): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`sink got ${received.length} of ${count} activities`)), withinMs);
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer);
            resolve();
          } else waiters.push(check);
        };
        waiters.push(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
