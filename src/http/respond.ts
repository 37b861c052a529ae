import type { Request, Response } from 'restify';

/** Small response helpers the http layer's guards and limits share. */

export interface LimitResponse {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

/** A short JSON error that never echoes anything the client sent. */
export function sendLimit(res: Response, limit: LimitResponse, closeConnection = false): void {
  const body = JSON.stringify({ error: { code: limit.code, message: limit.message } });
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...limit.headers,
  };
  // Unread body: closing is cheaper than letting Node read and discard it for keep-alive.
  if (closeConnection) headers.Connection = 'close';
  res.writeHead(limit.status, headers);
  res.end(body);
}

/**
 * The request's path without its query string, normalised the way a router might see it, so a limit or
 * guard cannot be dodged by spelling a path differently: percent-escapes decoded (repeatedly, so %2573 is
 * caught too), backslashes read as slashes, repeated slashes collapsed, `.` and `..` segments resolved,
 * a trailing slash dropped and letters lower-cased. `/API//%73earch/./` is `/api/search`.
 */
export function pathOf(req: Pick<Request, 'url'>): string {
  return normalisePath(req.url ?? '/');
}

const PLAIN_PATH = /^(?:\/[a-z0-9_-]+)+$/;

/** See {@link pathOf}; takes a raw request target (path and optional query). Pure. */
export function normalisePath(target: string): string {
  let path = target.slice(0, 4096);
  const cut = path.search(/[?#]/);
  if (cut !== -1) path = path.slice(0, cut);
  // Already normal (lower case, no escapes, dots, backslashes or empty segments), as nearly every request is:
  // several guards ask on each request, so skip the work.
  if (PLAIN_PATH.test(path)) return path;
  for (let i = 0; i < 4 && /%[0-9a-f]{2}/i.test(path); i++) {
    // Byte by byte: invalid UTF-8 or a stray % never throws, and every ASCII letter is revealed.
    path = path.replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  const segments: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`.toLowerCase();
}
