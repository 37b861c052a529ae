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

/** The request's path without its query string. */
export function pathOf(req: Request): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}
