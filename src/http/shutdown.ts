import type { Request, Response, Next } from 'restify';
import type { SignpostServer } from './server';
import type { BotLog } from '../log';

export interface GracefulShutdown {
  /** Requests being handled now (a turn's request stays open until its replies are sent). */
  readonly inFlight: number;
  readonly draining: boolean;
  /**
   * Refuse new requests (503 + `Connection: close`, so a load balancer moves on), let the turns already
   * running finish, then close the server. Resolves `clean: false` if turns were still running after graceMs.
   */
  shutdown(): Promise<{ clean: boolean }>;
}

/**
 * Graceful shutdown for a platform's SIGTERM (App Service, Container Apps, Kubernetes): a parent's turn
 * that has started is finished and its replies sent, rather than cut off half way; nothing new starts.
 * Install before the server listens.
 */
export function gracefulShutdown(http: SignpostServer, log: BotLog, options: { graceMs?: number } = {}): GracefulShutdown {
  const graceMs = options.graceMs ?? 25_000;
  let inFlight = 0;
  let draining = false;
  let shuttingDown: Promise<{ clean: boolean }> | undefined;
  let onIdle: (() => void) | undefined;

  http.server.pre((req: Request, res: Response, next: Next) => {
    // In local mode a turn in flight sends its replies to this same server's Bot Connector routes
    // (src/directline.ts, loopback only): those must get through, or the turn we are waiting for fails.
    if (draining && !isOwnReply(req, http.directLine?.connectorPrefix)) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '5');
      res.send(503, { error: { code: 'ShuttingDown', message: 'This instance is restarting. Please try again.' } });
      return next(false);
    }
    inFlight += 1;
    let done = false;
    // 'close' fires once the response is sent or the client goes away, whichever comes first.
    res.once('close', () => {
      if (done) return;
      done = true;
      inFlight -= 1;
      if (inFlight === 0) onIdle?.();
    });
    return next();
  });

  return {
    get inFlight() {
      return inFlight;
    },
    get draining() {
      return draining;
    },
    shutdown() {
      shuttingDown ??= (async () => {
        draining = true;
        log.info({ inFlight }, 'shutting down: finishing turns in flight, refusing new ones');
        const clean = await new Promise<boolean>((resolve) => {
          if (inFlight === 0) return resolve(true);
          const timer = setTimeout(() => resolve(false), graceMs);
          timer.unref();
          onIdle = () => {
            clearTimeout(timer);
            resolve(true);
          };
        });
        if (!clean) log.warn({ inFlight }, 'shutting down with turns still in flight');
        await http.close();
        log.info({ clean }, 'stopped');
        return { clean };
      })();
      return shuttingDown;
    },
  };
}

/** The bot's own replies to the local Direct Line's connector (its per-process path), which must get through. */
function isOwnReply(req: Request, connectorPrefix: string | undefined): boolean {
  if (!connectorPrefix) return false;
  const address = req.socket?.remoteAddress ?? '';
  const loopback = address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
  return loopback && (req.url ?? '').startsWith(`${connectorPrefix}/v3/conversations/`);
}
