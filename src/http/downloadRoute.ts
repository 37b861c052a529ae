import type { Request, Response, Server } from 'restify';
import type { DownloadFile } from '../deps';
import { DOWNLOAD_ID, DOWNLOAD_PATH } from '../bot/downloads';
import { printablePage } from '../pages/printable';
import type { RouteFeature } from './feature';

/**
 * GET /files/:id serves a file the bot offered (the letter, the calendar file) while it lasts;
 * GET /files/:id/print shows a text file as a printable page. Nothing here logs the id or the content,
 * and a missing, expired or malformed id gets the same 404.
 */

const NOT_FOUND = 'This download has expired or does not exist. Downloads last 15 minutes: ask the bot for the file again.';

/** `filename` for old clients (ASCII only) and `filename*` (RFC 6266 / RFC 5987) for the real name. */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function withCharset(contentType: string): string {
  return contentType.startsWith('text/') && !/charset=/i.test(contentType) ? `${contentType}; charset=utf-8` : contentType;
}

function send(res: Response, status: number, contentType: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    // A parent's letter must not sit in a shared cache, and the link must not leak to other sites.
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex',
    ...extra,
  });
  res.end(body);
}

async function find(req: Request, server: { get(id: string): Promise<DownloadFile | undefined> }): Promise<DownloadFile | undefined> {
  const id = String(req.params?.id ?? '');
  if (!DOWNLOAD_ID.test(id)) return undefined;
  return server.get(id).catch(() => undefined);
}

export const downloadRoute: RouteFeature = (server: Server, parts) => {
  const files = parts.deps.files;
  if (!files) return;
  server.get(`${DOWNLOAD_PATH}/:id`, async (req: Request, res: Response) => {
    const file = await find(req, files);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', NOT_FOUND);
    send(res, 200, withCharset(file.contentType), file.body, { 'Content-Disposition': contentDisposition('attachment', file.name) });
  });
  server.get(`${DOWNLOAD_PATH}/:id/print`, async (req: Request, res: Response) => {
    const file = await find(req, files);
    if (!file || !file.contentType.startsWith('text/plain')) return send(res, 404, 'text/plain; charset=utf-8', NOT_FOUND);
    const html = printablePage(file.name.replace(/\.txt$/, ''), file.body);
    send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Disposition': contentDisposition('inline', file.name.replace(/\.txt$/, '.html')) });
  });
};
