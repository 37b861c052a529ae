import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'restify';


/**
 * A route handler for one static file: read once and kept in memory, with a gzip copy made on first
 * use for clients that accept it.
 */
export function staticFile(file: string, contentType: string, options: { maxAgeSeconds?: number } = {}) {
  let body: Buffer | undefined;
  let gzipped: Buffer | undefined;
  const cacheControl = `public, max-age=${options.maxAgeSeconds ?? 3600}`;
  // restify 11 wants handlers to be async (or take next).
  return async (req: Request, res: Response) => {
    body ??= readFileSync(file);
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip) gzipped ??= gzipSync(body);
    const payload = acceptsGzip ? gzipped! : body;
    res.writeHead(200, {
      'Content-Type': contentType,
      'Content-Length': payload.length,
      'Cache-Control': cacheControl,
      ...(acceptsGzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(payload);
  };
}
