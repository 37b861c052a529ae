import { AddressInfo } from 'node:net';
import path from 'node:path';
import * as restify from 'restify';
import type { BotEndpoint, ChannelActivity } from '../bot/endpoint';
import type { BotLog } from '../log';
import type { RouteFeature, ServerParts } from './feature';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { MAX_BODY_BYTES, rateLimitConfigFromEnv, UpgradeLimiter } from './limits';
import { isLocalMode } from '../config';
import { directLineConfigFromEnv, LocalDirectLine, refuseUpgrade } from './directline';
import { PACKAGE_VERSION, PUBLIC_DIR } from '../projectRoot';
import { staticFile } from './staticFiles';
import { requestOrigin } from './origin';

// The package's exports map hides dist/, so find the bundle beside its resolved entry point.
const webChatBundle = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

export interface SignpostServer {
  server: restify.Server;
  directLine?: LocalDirectLine;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * One channel request through the bot's endpoint, answered and logged here: a bad token is 401 and one log
 * line, an unreachable key endpoint is 503, and no body names internals.
 */
async function processChannelRequest(req: restify.Request, res: restify.Response, bot: BotEndpoint, origin: string | undefined, log: BotLog): Promise<void> {
  const activity = req.body as ChannelActivity;
  try {
    const invoke = await bot.processChannelActivity(String(req.headers.authorization ?? ''), activity, origin);
    if (invoke?.body !== undefined) res.send(invoke.status ?? 200, invoke.body);
    else res.send(invoke?.status ?? 200);
  } catch (error) {
    const failure = bot.failure(error);
    if (failure.kind === 'unauthorized') {
      log.warn({ status: 401, channelId: String(activity.channelId ?? '').slice(0, 40) }, 'token rejected');
      res.send(401, { error: { code: 'Unauthorized', message: 'The token is not valid.' } });
    } else if (failure.kind === 'unavailable') {
      log.error({ status: 503, reason: failure.reason }, 'token keys unavailable');
      res.send(503, { error: { code: 'ServiceUnavailable', message: 'The service is not available just now. Please try again.' } });
    } else {
      log.error({ status: 500, err: failure.reason }, 'channel request failed');
      res.send(500, { error: { code: 'ServiceError', message: 'The request could not be handled.' } });
    }
  }
}

export function createServer(parts: ServerParts, features: RouteFeature[] = []): SignpostServer {
  const { deps, bot, log } = parts;
  const { config } = deps;
  const server = restify.createServer({ name: 'send-signpost', handleUncaughtExceptions: false });
  let baseUrl = '';

  server.use(restify.plugins.queryParser({ mapParams: false }));
  // maxBodySize is passed on to restify's bodyReader (its type definitions lag behind the code).
  server.use(restify.plugins.jsonBodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES } as restify.plugins.JsonBodyParserOptions));
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    // Bad requests (broken JSON, too large) are the client's problem: answer plainly and keep serving.
    const status = err.statusCode ?? 500;
    if (status >= 500) log.error({ route: req.getRoute()?.path, status, err: err.name }, 'request failed');
    (err as unknown as { toJSON: () => unknown }).toJSON = () => ({ error: { code: err.name, message: status === 413 ? 'The request is too large.' : status === 400 ? 'The request body is not valid JSON.' : 'The request could not be handled.' } });
    callback();
  });

  // The Bot Framework channel endpoint (Teams, Azure Direct Line, the Emulator).
  server.post('/api/messages', async (req, res) => {
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
      res.send(400, { error: { code: 'BadRequest', message: 'Expected a Bot Framework activity as a JSON object.' } });
      return;
    }
    // The host this request came to, for absolute links in cards when PUBLIC_BASE_URL is not set.
    const origin = requestOrigin(req);
    await processChannelRequest(req, res, bot, origin, log);
  });

  // Liveness: the process is up and serving. It says nothing about storage, so a platform never restarts
  // every instance because the store had a bad minute.
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', version: PACKAGE_VERSION, knowledgeEntries: deps.knowledge.entries.length });
  });
  // Readiness: whether this instance can keep conversations (the store answers). 503 takes it out of a
  // load balancer's rotation until storage is back; the reason is logged, never sent.
  server.get('/readyz', async (_req, res) => {
    const storage = parts.readiness ? await parts.readiness() : { ok: true };
    res.setHeader('Cache-Control', 'no-store');
    if (storage.ok) {
      res.send(200, { status: 'ready', storage: 'ok' });
      return;
    }
    log.warn({ reason: storage.reason }, 'not ready: storage unavailable');
    res.send(503, { status: 'not ready', storage: 'unavailable' });
  });

  // Web Chat: the page, our script, and the bundle straight from the installed package (never a CDN).
  server.get('/', staticFile(path.join(PUBLIC_DIR, 'index.html'), 'text/html; charset=utf-8'));
  server.get('/chat.js', staticFile(path.join(PUBLIC_DIR, 'chat.js'), 'text/javascript; charset=utf-8'));
  server.get('/site.css', staticFile(path.join(PUBLIC_DIR, 'site.css'), 'text/css; charset=utf-8'));
  server.get('/favicon.ico', async (_req, res) => {
    res.send(204);
  });
  server.get('/webchat/webchat.js', staticFile(webChatBundle, 'text/javascript; charset=utf-8'));

  let directLine: LocalDirectLine | undefined;
  if (isLocalMode(config)) {
    directLine = new LocalDirectLine({
      bot,
      log,
      serviceUrl: () => baseUrl,
      upgradeLimiter: new UpgradeLimiter(rateLimitConfigFromEnv()),
      ...directLineConfigFromEnv(),
    });
    directLine.register(server);
  }
  // WebSocket upgrades skip restify entirely. The Direct Line stream takes its own; any other path is
  // answered and closed at once, rather than left open (CLOSE-WAIT) until the client gives up.
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (directLine?.handleUpgrade(req, socket, head)) return;
    refuseUpgrade(socket, { status: 404, code: 'NotFound', message: 'Nothing here accepts a WebSocket.' });
  });

  /**
   * A Direct Line token for a browser. Production: exchanged with Azure using the secret, which never
   * leaves the server. Local mode: a token for the built-in endpoint. Either way the page makes the same
   * `createDirectLine({ domain, token })` call.
   */
  server.post('/api/token', async (req, res) => {
    if (config.directLineSecret) {
      const userId = `dl_${Math.random().toString(36).slice(2, 12)}`;
      const response = await fetch(`${config.directLineDomain}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${config.directLineSecret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
      }).catch(() => undefined);
      if (!response?.ok) {
        log.error({ status: response?.status }, 'Direct Line token exchange failed');
        res.send(502, { error: { code: 'TokenUnavailable', message: 'The chat service is not available just now.' } });
        return;
      }
      const body = (await response.json()) as { token: string; conversationId: string; expires_in: number };
      res.send(200, { token: body.token, conversationId: body.conversationId, expires_in: body.expires_in, domain: config.directLineDomain, userId, mode: 'azure' });
      return;
    }
    if (!directLine) {
      res.send(503, { error: { code: 'NotConfigured', message: 'Set DIRECT_LINE_SECRET to use Azure Direct Line.' } });
      return;
    }
    const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https' ? 'https' : 'http';
    const domain = `${proto}://${String(req.headers.host ?? '127.0.0.1')}/v3/directline`;
    res.send(200, { ...directLine.createConversation(), domain, mode: 'local' });
  });

  for (const feature of features) feature(server, parts);

  return {
    server,
    directLine,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          baseUrl = `http://127.0.0.1:${address.port}`;
          resolve(baseUrl);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        directLine?.close();
        server.close(() => resolve());
        // Idle keep-alive sockets would otherwise hold close() open.
        server.server.closeIdleConnections?.();
      }),
  };
}

