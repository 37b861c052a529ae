/**
 * Cross-origin access for the chat widget on another site (a council's own pages): ALLOWED_ORIGINS lists
 * the sites, comma- or space-separated, e.g. `https://www.dorsetcouncil.gov.uk,https://www.bcpcouncil.gov.uk`.
 *
 * Only the routes the widget calls get CORS headers: `POST /api/token` and, in local mode, the built-in
 * Direct Line (`/v3/directline/…`). A listed origin is echoed back (never `*`), with `Vary: Origin`;
 * no credentials are allowed (the widget sends no cookies). A preflight (OPTIONS) from a listed origin is
 * answered 204; from any other origin 403. Nothing else changes for same-origin pages.
 */
import type { Next, Request, Response } from 'restify';
import type { RouteFeature } from './feature';
import { pathOf, sendLimit } from './respond';
import { isLocalMode } from '../config';

const ORIGIN = /^https?:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?$/;

/** The listed origins, lower-cased, without a trailing slash; anything that is not a plain origin is dropped. */
export function allowedOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const origins = new Set<string>();
  for (const part of (env.ALLOWED_ORIGINS ?? '').split(/[\s,]+/)) {
    const origin = part.trim().toLowerCase().replace(/\/$/, '');
    if (ORIGIN.test(origin)) origins.add(origin);
  }
  return origins;
}

/** The headers Web Chat and the widget send. */
const ALLOWED_HEADERS = 'Authorization, Content-Type, x-ms-bot-agent, x-requested-with';

/** Whether a path is one the widget calls from another origin. Pure. */
export function isCorsPath(path: string, localMode: boolean): boolean {
  if (path === '/api/token') return true;
  return localMode && (path === '/v3/directline' || path.startsWith('/v3/directline/'));
}

export function cors(origins: Set<string>, localMode: boolean) {
  return (req: Request, res: Response, next: Next): void => {
    const path = pathOf(req);
    if (!isCorsPath(path, localMode)) return next();
    const origin = String(req.headers.origin ?? '').toLowerCase();
    const allowed = origins.has(origin);
    res.setHeader('Vary', 'Origin');
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method !== 'OPTIONS') return next();
    if (!allowed) {
      sendLimit(res, { status: 403, code: 'Forbidden', message: 'This site is not allowed to use the chat.' });
      return next(false);
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Cache-Control', 'no-store');
    res.writeHead(204);
    res.end();
    next(false);
  };
}

/** For `features` in createServer/createApp. */
export function corsFeature(origins?: Set<string>): RouteFeature {
  return (server, parts) => server.pre(cors(origins ?? allowedOriginsFromEnv(), isLocalMode(parts.deps.config)));
}
