import type { Next, Request, Response } from 'restify';
import { pathOf, sendLimit } from './respond';

/** Request guards for the channel endpoint: only real activities, and in local mode only local reply addresses. */

/**
 * botbuilder's CloudAdapter throws outside its own try/catch when an activity's `type` is missing
 * or not a string (validateAndFixActivity), which turns a client's mistake into a 500. Answer 400
 * instead. Runs after body parsing (a `use` handler), on the channel endpoint only.
 */
export function requireActivityType() {
  return (req: Request, res: Response, next: Next): void => {
    if (req.method !== 'POST' || pathOf(req) !== '/api/messages') return next();
    const body = req.body as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body)) {
      const type = (body as { type?: unknown }).type;
      if (typeof type !== 'string' || type.trim() === '') {
        sendLimit(res, { status: 400, code: 'BadRequest', message: 'The activity must have a type.' });
        return next(false);
      }
    }
    next();
  };
}

/** True for http(s) URLs on this machine (what the Bot Framework Emulator sends). */
export function isLoopbackUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

/**
 * In local mode (no MicrosoftAppId) /api/messages checks no token, and the bot posts its replies to
 * whatever serviceUrl the activity names: anyone could make the server send requests to any
 * address (server-side request forgery). Local mode is for the Emulator, which always uses a
 * serviceUrl on this machine, so only such serviceUrls are accepted there.
 */
export function localServiceUrlOnly(localMode: boolean) {
  return (req: Request, res: Response, next: Next): void => {
    if (!localMode || req.method !== 'POST' || pathOf(req) !== '/api/messages') return next();
    const body = req.body as { serviceUrl?: unknown } | undefined;
    // Non-objects are left to the route, which answers 400.
    if (body && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body) && !isLoopbackUrl(body.serviceUrl)) {
      sendLimit(res, {
        status: 403,
        code: 'Forbidden',
        message: 'Without MicrosoftAppId only a serviceUrl on this machine is accepted.',
      });
      return next(false);
    }
    next();
  };
}
